# taskguide's own messages, en-US. Every message here must also exist in nb-NO/taskguide.ftl.

## Labels

label-error = error
label-warning = warning

## Counts

count-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}

## Errors

error-bad-locale = “{ $tag }” is not a valid BCP 47 locale tag (try en-US, nb-NO or sv-SE)
error-write-stdout = cannot write to standard output: { $reason }

## Command line

cli = Turns localized bilingual help articles into Fluent catalogs, localized documents and guided tasks.
cli-exit-codes = Exit codes: 0 success; 1 the work failed (unreadable or unwritable files, errors found, a change refused); 2 the command line is wrong (unknown option or value, missing input, malformed locale).

## Store

store-error-user-not-found = There is no user “{ $user }” in this store. Look up the sign-in name with `taskguide store users --search …`.
store-error-unknown-sku = “{ $sku }” is not a license your organization has. See the list with `taskguide store skus`, and name it by part number (such as SPE_E3) or SKU id.
store-error-usage-location = { $user } has no usage location, and a license can only be assigned to a user who has one. Set it first, for example `taskguide store set-location --user { $user } NO`, or in the wizard.
store-error-no-seats = There are no { $sku } licenses left. Free one by removing it from someone who no longer needs it, or buy more, then try again.
store-error-not-held = { $user } does not have { $sku }, so there is nothing to remove.
store-error-inherited = { $user } gets { $sku } from the group “{ $group }”, so it cannot be removed from the user directly. Remove the user from the group, or the license from the group.
store-error-plan-dependency = The service plan { $plan } needs { $needed }, which this change would leave turned off. Keep { $needed } on, or turn { $plan } off too.
store-error-exclusive = The service plans { $a } and { $b } cannot both be on for the same user. Turn one of them off (SKU:PLAN), or remove the other license in the same command.
store-error-invalid-plan = { $sku } has no service plan “{ $plan }”. See its plans with `taskguide store skus`.
store-error-add-and-remove = { $sku } is both added and removed in the same change. Choose one.
store-error-bad-location = “{ $value }” is not a country code. Use a two-letter ISO 3166 code such as NO, SE or US.
store-error-not-initialized = There is no license store at { $url } yet. Create one with `taskguide store init --demo` (a demo organization) or `taskguide store init`.
store-error-already-initialized = A license store already exists at { $url }. Add --force to replace it; that deletes its users, licenses and journal.
store-error-bad-url = “{ $url }” is not a store address. Use sqlite:PATH or memory:.
store-error-not-a-store = { $path } is not a taskguide license store, or it is damaged ({ $detail }). Point --store at another file, or move this one away and run `taskguide store init`.
store-error-newer-schema = { $path } was written by a newer taskguide (store version { $version }). Update taskguide to use it.
store-error-read-only = { $path } is read-only, so nothing was changed. Make it writable (chmod u+w) or choose another store with --store.
store-error-busy = { $path } was locked by another program for too long, so nothing was changed. Try again when it has finished.
store-error-storage = The license store failed, so nothing was changed: { $detail }
store-error-entry-not-found = There is no journal entry { $id }. See the entries with `taskguide store history`.
store-error-undo-conflict = Entry { $id } cannot be undone: { $user } has changed since. The entry left { $expected }; now it is { $actual }. Undo the later entries first (see `taskguide store history --user { $user }`).
