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
error-unknown-locale = “{ $tag }” is well-formed but names no known language (try en-US, nb-NO or sv-SE)
error-write-stdout = cannot write to standard output: { $reason }

## Command line

cli = Turns localized bilingual help articles into Fluent catalogs, localized documents and guided tasks.
cli-exit-codes = Exit codes: 0 success; 1 the work failed (unreadable or unwritable files, errors found, a change refused); 2 the command line is wrong (unknown option or value, missing input, malformed locale).
cli-help-heading-usage = Usage
cli-help-heading-options = Options
cli-help-heading-arguments = Arguments
cli-help-heading-commands = Commands
cli-help-flag = Print help
cli-version-flag = Print version
cli-help = Print this message or the help of the given command(s)
cli-help-opt-subcommand = The command to show the help of
cli-default = default: { $value }
cli-possible-values = possible values: { $values }
cli-locales = List the locale folders of a catalog folder and report the folders that are not read: names that are not canonical BCP 47 tags (de-de, nb_NO) or not locales (norsk). Exit code 1 while any such folder remains.
cli-locales-opt-locales_dir = The catalog folder.
cli-locales-opt-fix = Rename each non-canonical folder to its canonical tag (nb_NO → nb-NO). A folder whose canonical name exists already is left as it is and reported with both names.
cli-completions = Print the completion script of a shell (bash, zsh, fish, powershell, elvish) to standard output.
cli-completions-opt-shell = The shell.
cli-man = Write the manual page (roff) to standard output, or with --out one page per command into a folder.
cli-man-opt-out = The folder to write taskguide.1, taskguide-render.1, … into.

## Document diagnostics

diag-unpaired-span = translated span “{ $id }” has no English source half (sxs-lookup) before the next pair; kept as text
diag-orphan-source = an English source half (sxs-lookup) has no translated span before it; kept as text
diag-mismatched-ids = the translated half has id “{ $target }” but the English half has “{ $source }”
diag-stray-close-tag = a literal </span> here closes nothing opened in this half; read as text
diag-unterminated-pair = the English half of “{ $id }” never reaches its closing </span></span>; kept as text
diag-pair-crosses-lines = pair “{ $id }” runs over more than one line
diag-empty-target = pair “{ $id }” has an empty translation
diag-duplicate-id = pair id “{ $id }” was already used in this document
diag-broken-front-matter = this front matter line is not “key: value” or a “- item”; kept verbatim
diag-unclosed-front-matter = the front matter opened here is never closed with “---”; read as text
diag-not-utf8 = the file is not valid UTF-8 (first invalid byte here)
error-read = cannot read { $path }: { $reason }
## Catalogs

ftl-error-expected-token = expected “{ $token }”
ftl-error-expected-range = expected one of “{ $range }”
ftl-error-message-without-value = the message “{ $id }” has no value
ftl-error-term-without-value = the term “-{ $id }” has no value
ftl-error-forbidden-callee = only functions, named in capital letters, can be called
ftl-error-missing-default-variant = the select expression has no default variant (marked with *)
ftl-error-missing-value = expected a value
ftl-error-multiple-default-variants = the select expression has more than one default variant
ftl-error-bad-selector = this expression cannot choose between variants
ftl-error-term-attribute-as-placeable = a term attribute cannot be used as a placeable
ftl-error-unterminated-string = the string literal is not closed before the end of the line
ftl-error-positional-after-named = positional arguments must come before named arguments
ftl-error-duplicated-argument = the named argument “{ $name }” is given twice
ftl-error-unknown-escape = unknown escape sequence “{ $sequence }” (a string literal allows \\, \", \uXXXX and \UXXXXXX)
ftl-error-invalid-unicode-escape = invalid Unicode escape “{ $sequence }” (\u takes 4 hexadecimal digits, \U takes 6)
ftl-error-unbalanced-brace = a closing brace without an opening one (write {"{"}"{"}"}"{"}"} for a literal brace)
ftl-error-expected-expression = expected an expression: a string, a number, a variable or a reference
ftl-error-expected-literal = expected a string or a number
ftl-error-duplicate-id = the message “{ $id }” is defined again; the first definition is used
ftl-error-no-value = the message “{ $id }” has attributes but no value
catalog-folder-not-canonical = { $folder } is not read: a catalog folder is named with the canonical tag “{ $canonical }” (rename it, or run taskguide locales --fix)
catalog-folder-not-a-locale = { $folder } is not read: its name is not a locale tag
catalog-folder-fix-exists = { $from } is not renamed: { $to } exists already (move its catalogs into { $to } by hand)
catalog-folder-fix-failed = cannot rename { $from } to { $to }: { $reason }
catalog-folder-renamed = renamed { $from } to { $to }
locales-none = no locale folders in { $dir }

## Render and steps

error-no-such-path = { $path } does not exist
error-dir-needs-out = { $path } is a folder: give --out DIR to write the rendered documents into
error-write = cannot write { $path }: { $reason }
render-fallback = { $path }: message { $id } is not available in { $wanted }; used { $used }
render-stale = { $path }: message { $id } in { $catalog } was translated from other English; used the document's text
    translated from: { $old }
    the English now: { $new }
render-broken = { $path }: message { $id } in { $catalog } breaks its segment ({ $reason }); used the document's text
render-broken-variable = a variable { "{" } ${ $name } { "}" } that nothing gives a value
render-broken-message = a reference to message { $id }
render-broken-term = a reference to term { $id }
render-broken-line-break = a line break that ends the { $block ->
    [heading] heading
    [table-cell] table cell
    [list-item] list item
   *[paragraph] paragraph
} early
render-broken-cell-split = a | that splits the table cell
render-broken-marker = a { $marker } marker that starts a new block
render-broken-duplicate = its id is defined more than once in the catalog
render-refused = { $catalog } is the catalog of { $found } ({ $found_locale }), not of { $doc } ({ $locale }); not used (was it copied over another document's?)
render-state-unreadable = { $reason }; its catalog was used without the English it was translated from
render-summary = { $files ->
    [one] { $files } document
   *[other] { $files } documents
}, { $fallbacks ->
    [0] no fallbacks
    [one] { $fallbacks } fallback
   *[other] { $fallbacks } fallbacks
}
steps-labels = labels: { $labels }
steps-link = link: { $text } <{ $url }>
cli-render = Render documents in any locale: monolingual Markdown, the bilingual format, or HTML.
cli-render-opt-path = A document, or a folder: every *.md below it is rendered to the same relative path under --out.
cli-render-opt-locale = The locale to render (any BCP 47 tag: no and nb are nb-NO, nn-NO falls back to nb-NO, iw is he; Traditional Chinese never falls back to Simplified). Default: each document's own locale.
cli-render-opt-format = markdown (monolingual), bilingual (the original side-by-side format), or html.
cli-render-opt-out = The output folder (required for a folder). Without it, a single document is written to standard output.
cli-render-opt-locales_dir = The catalog folder: locales/<locale>/<doc-id>.ftl. Its messages win over the text in the document.
cli-render-opt-strict = Exit with code 1 if any message falls back to another locale, is stale (translated from other English) or breaks its segment.
cli-render-opt-root = The folder document ids are taken from (an id is the path below it, without .md). Default: the folder given, or the document's own folder; use the folder you imported from.
cli-steps = Print a document's steps: number, text, UI labels and links, in a locale.
cli-steps-opt-doc = The document.
cli-steps-opt-locale = The locale (any BCP 47 tag). Default: the document's own locale.
cli-steps-opt-format = text for people, json for programs.
cli-steps-opt-locales_dir = The catalog folder: locales/<locale>/<doc-id>.ftl.

## Import

import-catalog = { $path }: { $added } added, { $updated } updated, { $stale } stale, { $obsolete } obsolete
import-obsolete = obsolete (kept; --prune removes it): { $id }
import-pruned = obsolete, removed: { $id }
import-stale = stale (the English source changed): { $id }
import-edited = edited in the catalog, kept: { $id }
import-adopted = no record of how this text was made; the catalog's text is kept (recorded as edited): { $id }
import-needed = obsolete here, kept because another locale's catalog has it: { $id }
import-summary = { $catalogs ->
    [one] { $catalogs } catalog imported
   *[other] { $catalogs } catalogs imported
}
import-error-syntax = { $path } has syntax errors ({ $first }); fix them before importing again, so nothing in it is lost
import-error-references = { $path }: { $ids } use Fluent references (a variable, another message or a term) that a document catalog cannot resolve; fix them before importing again, so the next import does not turn them into text
import-error-no-locale = { $path } names no locale (no ms.contentlocale in its front matter and no locale folder in its path)
import-error-state = cannot use the state file { $path }: { $reason }; fix or delete it (the catalog's texts are then kept as edited)
import-error-case = { $path } and { $other } have ids that differ only in case ({ $id }, { $other_id }); on Windows and macOS they would share one catalog; skipped (rename one of them)
import-error-name = { $path }: its id { $id } cannot name a file on Windows or macOS ({ $component }); skipped (rename it)
cli-import = Import bilingual documents into Fluent catalogs: locales/en-US/<doc-id>.ftl from the English halves, locales/<locale>/<doc-id>.ftl from the translated ones. Hand edits are kept; translations whose English changed are marked stale.
cli-import-opt-paths = Documents or folders (every *.md below them).
cli-import-opt-locales_dir = The catalog folder to write into.
cli-import-opt-prune = Remove messages that are no longer in the document (they are only reported otherwise).
cli-import-opt-format = text for people, json for programs.
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
store-error-bad-url = “{ $url }” is not a store address. Use sqlite:PATH, memory:, memory:demo, graph: or graph:BASE-URL.
store-error-not-a-store = { $path } is not a taskguide license store, or it is damaged ({ $detail }). Point --store at another file, or move this one away and run `taskguide store init`.
store-error-newer-schema = { $path } was written by a newer taskguide (store version { $version }). Update taskguide to use it.
store-error-read-only = { $path } is read-only, so nothing was changed. Make it writable (chmod u+w) or choose another store with --store.
store-error-busy = { $path } was locked by another program for too long, so nothing was changed. Try again when it has finished.
store-error-storage = The license store failed, so nothing was changed: { $detail }
store-error-entry-not-found = There is no journal entry { $id }. See the entries with `taskguide store history`.
store-error-undo-conflict = Entry { $id } cannot be undone: { $user } has changed since. The entry left { $expected }; now it is { $actual }. Undo the later entries first (see `taskguide store history --user { $user }`).
store-graph-note = Microsoft Graph would answer { $status } { $code }: “{ $message }”
store-init-demo = Created a demo license store at { $url }: { $users ->
    [one] { $users } user
   *[other] { $users } users
}, { $skus ->
    [one] { $skus } license
   *[other] { $skus } licenses
}, { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
}.
store-init-empty = Created an empty license store at { $url }.
store-users-count = { $count ->
    [one] { $count } user
   *[other] { $count } users
}
store-history-line = #{ $id }  { $at }  { $actor }  { $user }: { $before } → { $after }  ({ $command })
store-history-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
store-sku-line = { $part } ({ $name }): { $available } of { $total } left, { $plans ->
    [one] { $plans } service plan
   *[other] { $plans } service plans
}
store-change-location = usage location { $before } → { $after }
store-change-off = turned off: { $plans }
store-seats-left = { $available } of { $total } left
store-unchanged = No change: { $user } already has exactly this.
store-dry-run = Dry run: nothing was changed.
store-applied = Done (journal entry { $id }; `taskguide store undo { $id }` reverses it).
store-row-ok = ok         { $user }
store-row-unchanged = unchanged  { $user }
store-row-error = error      { $user }: { $reason }
store-bulk-summary = { $total ->
    [one] { $total } user
   *[other] { $total } users
}: { $changed } changed, { $unchanged } unchanged, { $failed } failed.
store-assign-no-user = Name the user with --user UPN, or the users with --users-from FILE.csv.
store-assign-nothing = Say what to change with --add SKU or --remove SKU.
store-csv-unreadable = cannot read { $path }: { $reason }
store-csv-no-column = { $path } has no userPrincipalName column (its header is “{ $header }”). Add a column named userPrincipalName with one sign-in name per row.
store-csv-empty-upn = { $path }, line { $line }: the userPrincipalName is empty.
store-csv-empty = { $path } lists no users.
store-csv-fields = { $path }, line { $line }: { $found ->
    [one] { $found } field
   *[other] { $found } fields
} where the header has { $expected }.
store-csv-utf8 = { $path }, line { $line }: not valid UTF-8 text. Save the file as UTF-8.
cli-store = Create and inspect the license store (users, licenses, journal), undo a change.
cli-store-opt-store = The store: sqlite:PATH, memory:, memory:demo, or graph: for a Microsoft 365 tenant through Microsoft Graph (else $TASKGUIDE_STORE; default: sqlite:$XDG_DATA_HOME/taskguide/licenses.db).
cli-store-opt-actor = The name recorded in the journal (default: the OS user).
cli-store-init = Create the store: empty, or a demo organization with --demo.
cli-store-init-opt-demo = Fill it with the demo organization: 50 users, 7 licenses, a group.
cli-store-init-opt-force = Replace an existing store (deletes its users, licenses and journal).
cli-store-users = List users with their licenses.
cli-store-users-opt-search = Only users whose sign-in or display name contains TEXT.
cli-store-users-opt-format = Output format: text, or json with Graph's field names.
cli-store-skus = List the licenses (SKUs) with seats left and service plans.
cli-store-skus-opt-format = Output format: text, or json with Graph's field names.
cli-store-history = Show the journal: who changed which user's licenses, when, and how.
cli-store-history-opt-user = Only this user's entries.
cli-store-history-opt-format = Output format: text or json.
cli-store-undo = Reverse a journaled change, if the user has not changed since.
cli-store-undo-opt-id = The journal entry (see `taskguide store history`).
cli-store-undo-opt-dry_run = Show what the undo would do without doing it.
cli-store-set-location = Set a user's usage location (needed before any license).
cli-store-set-location-opt-user = The user's sign-in name or id.
cli-store-set-location-opt-location = Two-letter ISO 3166 country code, such as NO.
cli-assign = Add, update or remove licenses for one user or for the users of a CSV file. Exit code 1 if the store refuses or any row fails; 2 for a bad command line or CSV file (then nothing changes).
cli-assign-opt-store = The store: sqlite:PATH, memory:, memory:demo, or graph: for a Microsoft 365 tenant through Microsoft Graph (else $TASKGUIDE_STORE; default: sqlite:$XDG_DATA_HOME/taskguide/licenses.db).
cli-assign-opt-actor = The name recorded in the journal (default: the OS user).
cli-assign-opt-user = The user's sign-in name or id.
cli-assign-opt-users_from = A CSV file with a userPrincipalName column (other columns are ignored); one result line per user. Safe to run again.
cli-assign-opt-add = SKU[:PLAN,…]: add the license (by part number or id) with the listed service plans turned off; for a license the user has, replace its turned-off plans. Repeatable.
cli-assign-opt-remove = Remove this license (part number or id). Repeatable.
cli-assign-opt-dry_run = Check the change and show it, with seats left, without making it.

## Status

status-doc = document
status-locale = locale
status-translated = translated
status-stale = stale
status-missing = missing
status-machine = machine
status-edited = edited
status-reviewed = reviewed
status-stale-message = { $doc } ({ $locale }) { $id } is stale
    translated from: { $old }
    the English now: { $new }
status-total = { $locale }: { $translated } translated, { $stale } stale, { $missing } missing ({ $percent } %)
status-review-total = { $locale }: { $machine } machine, { $edited } edited, { $reviewed } reviewed
cli-status = Show, per document and locale, how many messages are translated, stale or missing.
cli-status-opt-locales_dir = The catalog folder.
cli-status-opt-format = text for people, json for programs.
import-duplicate-id = { $path } has the same document id “{ $id }” as { $first } in the same locale; skipped (rename one of them)
store-detail-directory = a directory, not a file

## Wizard
cli-guide = Walk through a task step by step in your language, doing each step against the license store (or, for a document without actions, as a checklist). Without TASK, list the tasks.
cli-guide-opt-task = The task: a document id such as how-to-assign-a-license-to-a-user, or the path of a document.
cli-guide-opt-locale = The language of the steps and of the wizard (default: LC_ALL, LC_MESSAGES or LANG, else en-US).
cli-guide-opt-store = The store: sqlite:PATH, memory:demo, or graph: for a Microsoft 365 tenant (else $TASKGUIDE_STORE; default: sqlite:$XDG_DATA_HOME/taskguide/licenses.db, created with the demo organization on first use).
cli-guide-opt-actor = The name recorded in the journal (default: the OS user).
cli-guide-opt-answers = Answer from a TOML or JSON file (user, add, remove, usage_location, confirm) instead of asking, and print a transcript. For scripts and machines without a terminal.
cli-guide-opt-dry_run = Show the review of the change and stop before applying it.
cli-guide-opt-content = A folder of documents (<locale>/<doc>.md, <doc>.task.toml) over the built-in tasks and those of $TASKGUIDE_CONTENT and ./content; its tasks win over theirs.
cli-guide-opt-locales_dir = The folder of catalogs (<locale>/<doc>.ftl) over the built-in ones (default: ./locales when present, else $TASKGUIDE_LOCALES).
guide-list = { $count ->
    [one] { $count } task in { $content }:
   *[other] { $count } tasks in { $content }:
}
guide-list-guided = guided against the license store
guide-list-checklist = checklist
guide-list-hint = Start one with: taskguide guide <TASK>
guide-no-task = No task “{ $task }”: there is no file of that name and no { $task }.md under { $content }/. Run `taskguide guide` to list the tasks.
guide-no-terminal = The wizard needs a terminal to ask its questions. To run it without one, put the answers in a file and pass it with --answers, for example: taskguide guide { $task } --answers answers.toml (fields: user, add, remove, usage_location, confirm).
guide-demo-created = No license store yet: created one at { $path } with the demo organization ({ $users } users) to practise on.
guide-demo-dir = cannot create { $path }: { $reason }
guide-terminal-error = the terminal failed: { $reason }
task-bindings-io = cannot read the bindings: { $reason }
task-bindings-syntax = not a valid bindings file: { $reason }
task-bindings-unknown-step = the document has no step “{ $id }” (its steps: { $known }).
task-bindings-unknown-action = no action is called “{ $name }” (the actions: { $known }).
wizard-welcome = { $title } — { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}.
wizard-welcome-bound = I will show each step as the article says it, then do it with you in the license store { $store }.
wizard-welcome-checklist = I will show each step as the article says it; do it, then tell me it is done.
wizard-welcome-dry-run = Dry run: you will see the change, but nothing will be applied.
wizard-keys = Esc goes back one step, Ctrl-C quits.
wizard-progress = Step { $current } of { $total }
wizard-step-done = Done with this step?
wizard-yes = yes
wizard-no = no
wizard-yes-words = y, yes
wizard-no-words = n, no
wizard-hint-yes = Y/n
wizard-hint-no = y/N
wizard-confirm-invalid = Answer y for yes or n for no.
wizard-key-back = Esc (back)
wizard-key-cancel = Ctrl-C (quit)
wizard-prompt-left = (left)
wizard-quit-confirm = Quit without applying your change? Nothing has been changed yet.
wizard-cancelled = Stopped. Nothing was changed in the license store.
wizard-checklist-summary = { $done } of { $total } steps done:
wizard-users-count = The organization has { $count ->
    [one] { $count } user
   *[other] { $count } users
}; { $unlicensed ->
    [0] all of them have a license.
    [one] { $unlicensed } has no license yet.
   *[other] { $unlicensed } have no license yet.
}
wizard-no-users = The license store { $store } has no users. Create the demo organization with: taskguide store init --demo
wizard-no-skus = The license store { $store } has no subscriptions (SKUs) to assign. Create the demo organization with: taskguide store init --demo
wizard-needs-user = This step needs a user, but none has been selected: the task's bindings put the steps in the wrong order.
wizard-select-user = Which user?
wizard-select-user-help = Type part of a name or sign-in name to filter, ↑↓ to move, Enter to choose, Esc to go back.
wizard-user-choice = { $name } <{ $upn }> · { $licenses }
wizard-no-license = no license
wizard-licenses-of = { $name } has these licenses:
wizard-licenses-none = { $name } has no license yet.
wizard-license-direct = • { $license }
wizard-license-inherited = 🔒 { $license }, from the group { $group }
wizard-inherited-note = A license from a group is locked here: to take it away, remove the user from the group or change the group's licenses.
wizard-location = Usage location: { $location }
wizard-location-missing = { $name } has no usage location. Microsoft 365 needs the country where the user works before it can assign any license.
wizard-ask-location = In which country does { $name } work?
wizard-ask-location-help = A two-letter country code, such as NO, SE or US. It is set together with the licenses.
wizard-location-pending = The usage location { $location } will be set together with the licenses.
wizard-sku-name = { $name } ({ $part })
wizard-sku-choice = { $license } — { $available } of { $total } available
wizard-sku-choice-full = { $license } — none of { $total } available
wizard-edit-licenses = Licenses of { $name }: check the ones to assign, clear the ones to unassign.
wizard-edit-help = ↑↓ to move, Space to check or clear, Enter to go on, Esc to go back. A license with no seat left can only stay checked if the user has it already.
wizard-edit-locked = From a group, and so not listed: { $licenses }.
wizard-no-seats = { $license } has no seat left. Clear it, or free a seat (unassign it from someone) or buy more first.
wizard-nothing-to-change = Nothing to change: these are already the licenses of { $name }.
wizard-review = The change for { $name } <{ $upn }>:
wizard-review-add = + { $license } — { $available } of { $total } available after
wizard-review-remove = − { $license } — { $available } of { $total } available after
wizard-review-location = usage location → { $after }
wizard-dry-run = Dry run: nothing was applied.
wizard-confirm = Apply this change for { $name }?
wizard-declined = Not applied. Nothing was changed in the license store.
wizard-applied = Done. The change for { $name } is saved:
wizard-now-has = { $name } now has: { $licenses }.
wizard-held-from-group = { $license } from the group { $group }
wizard-journal = { $count ->
    [one] Journal entry { $ids }; to reverse it: taskguide store undo { $last }
   *[other] Journal entries { $ids }; to reverse them, undo each from the last: taskguide store undo { $last }
}
wizard-fix-plans = Here: keep only one of the licenses that contain these plans.
wizard-back-to-step = Back to step { $number } to fix it.
wizard-script-exhausted = the script has no answer left for “{ $field }”.
wizard-script-mismatch = the script's next answer does not fit the question for “{ $field }”.
wizard-answers-missing = the answers file has no “{ $field }”, and the wizard needs it here.
wizard-answers-refused = the answer for “{ $field }” in the answers file was refused: { $reason }
wizard-answer-invalid = “{ $field }” in the answers: { $reason }
wizard-answer-no-match = “{ $field }” in the answers: nothing matches “{ $value }”.
wizard-answer-ambiguous = “{ $field }” in the answers: “{ $value }” matches several ({ $matches }); give the full name.
wizard-answer-not-checked = “{ $field }” in the answers: the user has no “{ $value }” to remove.
wizard-answers-unreadable = cannot read the answers file { $path }: { $reason }
wizard-answers-bad = the answers file { $path } is not valid: { $reason }
wizard-answers-not-a-table = the answers must be a table of fields (user, add, remove, usage_location, confirm).
wizard-answers-unknown-field = unknown field “{ $field }” (the fields: { $known }).
wizard-answers-not-text = “{ $field }” must be a text, such as "ola.nordmann@contoso-demo.example".
wizard-answers-not-list = “{ $field }” must be a list of license part numbers, such as ["SPE_E3"].
wizard-answers-not-bool = “{ $field }” must be true or false.

## Check

label-note = note
cli-check = Finds what is wrong in translations: links, markup, breadcrumbs, placeholders, numbers, spacing and punctuation, with the place and the fix.
cli-check-opt-paths = Bilingual documents, FTL catalogs or folders to check (default: content/ and locales/)
cli-check-opt-locale = Check only documents in this locale (repeatable)
cli-check-opt-format = Output format: text for people, json or sarif for programs and CI, html for a report to read offline
cli-check-opt-allow = Do not report this code (repeatable)
cli-check-opt-config = Settings file (default: .taskguide/check.toml, else taskguide.toml, the first present)
check-error-unknown-code = there is no check code “{ $code }”; the codes are: { $known }
check-error-no-path = { $path } does not exist
check-error-no-match = no document or catalog under { $paths } is in { $locales }: nothing would be checked
check-error-empty-path = { $path } has no documents (.md) or catalogs (.ftl): nothing would be checked
check-label-source = source: { $text }
check-label-target = target: { $text }
check-label-hint = hint: { $text }
check-summary = { $files ->
    [one] { $files } document
   *[other] { $files } documents
}: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
check-link-mismatch = the link destination { $dest } is not in the source
check-link-broken = the link to { $dest } spans several segments and is broken in the translation
check-link-count = the source has { $source ->
    [one] { $source } link
   *[other] { $source } links
}, the translation { $target }
check-bold-count = the source has { $source } bold { $source ->
    [one] run
   *[other] runs
}, the translation { $target }
check-emphasis-count = the source has { $source } italic { $source ->
    [one] run
   *[other] runs
}, the translation { $target }
check-code-count = the source has { $source } code { $source ->
    [one] span
   *[other] spans
}, the translation { $target }
check-breadcrumb = the breadcrumb { $chain } is broken: its steps must stay joined by “\>” only
check-placeholder = the placeholder { $name } is missing from the translation
check-number = the number { $number } of the source is missing from the translation
check-missing-space = a letter follows a link or emphasis directly: a space is missing
check-edge-whitespace = { $extra ->
    [yes] the translation has whitespace at its { $side ->
        [end] end
       *[other] start
    } that the source does not have
   *[no] the translation lacks the whitespace the source has at its { $side ->
        [end] end
       *[other] start
    }
}
check-double-space = two spaces in a row
check-end-punctuation = the source ends with “{ $source }”, the translation with “{ $target }”
check-length-ratio = the translation is { $percent } % of the source's length: text may be missing or added
check-bidi-control = the invisible bidi control character { $codepoint } can reorder the text
check-replacement-char = U+FFFD (�) marks text lost in a character-set conversion
check-unbalanced-markup = this { $marker } opens or closes nothing: the rest of the paragraph may render wrongly
check-locale-mismatch = the front matter says { $front }, but the document is in the { $folder } folder
check-machine-translated = machine-translated (ms.translationtype: MT): not reviewed
check-pairing = span pairing problem
check-hint-link-mismatch = use the source's destination, or its /en-us/ path with the target locale
check-hint-link-count = keep every [text](destination) of the source, with the brackets and parentheses intact
check-hint-markup-count = mark the same UI labels and terms as the source does
check-hint-breadcrumb = translate each step inside its markup and keep the steps in order: **A** \> **B**
check-hint-placeholder = copy placeholders such as <email> unchanged; the reader replaces them
check-hint-number = keep every number; only its formatting may follow the locale
check-hint-missing-space = add a space after the closing ) or **
check-hint-edge-whitespace = start and end the translation with the same spacing as the source
check-hint-double-space = replace the two spaces with one
check-hint-end-punctuation = end the sentence the way the source does
check-hint-length-ratio = compare the translation with the source clause by clause
check-hint-bad-char = delete the character, or retype the text around it
check-hint-unbalanced-markup = pair every ** and ` as in the source, or escape it as \*\*
check-hint-locale-mismatch = move the document to the folder of its locale, or correct ms.contentlocale
check-hint-machine-translated = have a reviewer read it, then set ms.translationtype to HT
check-hint-pairing = give every translated span an English sxs-lookup half with the same id
check-missing = this message of the English catalog is not translated here
check-obsolete = the English catalog no longer has this message
check-empty = the translation is empty
check-stale = the English text changed after this was translated
check-unchanged = the translation is identical to the English text
check-variable-parity = the translation's variables differ from English: { $missing ->
    [none] {""}
   *[other] missing { $missing }
}{ $extra ->
    [none] {""}
   *[other] {" "}unknown { $extra }
}
check-plural-categories = the plural select lacks the { $locale } categories { $missing }
check-hint-ftl = correct the FTL syntax; the reader skips this entry until then
check-hint-missing = translate the message, or run taskguide import to bring it in
check-hint-obsolete = delete the message, or run taskguide import with pruning
check-hint-stale = compare with the new English text (`taskguide status` shows the old and the new), update the translation, then import again: the state file records the English it now translates
check-hint-unchanged = translate it, or list it under unchanged in the [check] table of taskguide.toml if it is a name
check-hint-variable-parity = use exactly the variables of the English message
check-hint-plural-categories = add a variant for each category the locale's plural rules use
check-unknown-variable = the translation uses the variable ${ $name }, which nothing fills: it shows as written
check-message-reference = the translation refers to the message { $id }, which a document catalog cannot use: it shows as written
check-term-reference = the translation refers to the term { $id }, which a document catalog does not define: it shows as written
check-line-break = { $block ->
    [heading] a line break cuts the heading in two
    [cell] a line break cuts the table row in two
   *[other] a blank line splits the paragraph in two
}
check-table-cell-split = this | starts a new table cell: the row gets one cell more than the table has
check-block-marker = “{ $marker }” at the start of a line makes a list, heading or quote that the English does not have
check-hint-reference = replace the reference with the text it stands for, as the English has it
check-hint-line-break = keep the translation on one line, as the English is
check-hint-table-cell-split = write the | as \| or reword without it
check-hint-block-marker = join the line to the one before, or escape the marker with a backslash (\-, 1\.)

## Graph

graph-error-not-supported = { $url } is a Microsoft Graph tenant, which has no “{ $operation }”: taskguide keeps no journal there and cannot create a tenant. Use the Microsoft 365 admin center’s audit log for history, and a sqlite: or memory: store to practise.
graph-error-credentials = Cannot sign in to Microsoft Graph: set { $variables } (the app registration’s directory id, application id and client secret; see the README).
graph-error-sign-in = Microsoft refused to sign the app in ({ $status } { $code }: { $description }). Check AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (a secret expires; create a new one under Certificates & secrets).
graph-error-unauthorized = Microsoft Graph did not accept the app’s token, even a fresh one: { $message } Check that the app belongs to this tenant and AZURE_AUTHORITY_HOST matches the cloud.
graph-error-forbidden = The app is not allowed to do this ({ $code }: { $message }). Give it the application permissions LicenseAssignment.ReadWrite.All and User.ReadWrite.All and grant admin consent; `taskguide store check` tells what is missing.
graph-error-throttled = Microsoft Graph is busy and answered { $status } to all { $attempts } attempts, so this was not done. Try again in a few minutes; a bulk run can be started again safely.
graph-error-network = Cannot reach { $host }: { $detail }. Check the network connection, proxy and the --store address.
graph-error-timeout = { $host } did not answer in time, so nothing more was sent. Check the network connection, then try again.
graph-error-unexpected = Microsoft Graph answered { $status } { $code }: { $message }
graph-error-bad-response = Microsoft Graph sent an answer taskguide does not understand ({ $detail }). Check that --store points at Microsoft Graph v1.0.
graph-check-sign-in = Sign-in with the client credentials
graph-check-skus = Reading the licenses (subscribed SKUs)
graph-check-users = Reading users
graph-check-ok = ✓ { $what }: ok ({ $count })
graph-check-error = ✗ { $what }: { $reason }
graph-check-need-licenses = Give the app the application permission LicenseAssignment.ReadWrite.All and grant admin consent.
graph-check-need-users = Give the app the application permission User.ReadWrite.All and grant admin consent.
graph-check-ready = { $url } is ready to use.
graph-check-failed = { $failed } of { $total } checks failed.
cli-store-check = Check that the store can be used: for graph:, sign in and read licenses and users, and say which permission is missing.
graph-error-permissions = The app can read but not make every change: add the application permission(s) { $permissions } in the app registration (API permissions → Microsoft Graph → Application permissions) and grant admin consent, then sign in again.
graph-check-permissions = Permissions to make changes

## ship: built-in content, where it comes from, --version, store --where
guide-origin-builtin = built-in
guide-origin-env = { $path } ($TASKGUIDE_CONTENT)
guide-origin-cwd = { $path } (working folder)
guide-origin-option = { $path } (--content)
guide-list-sources = { $count ->
    [one] { $count } task (from { $sources }; a later source overrides an earlier one):
   *[other] { $count } tasks (from { $sources }; a later source overrides an earlier one):
}
guide-list-from = source: { $origin }
guide-list-overrides = source: { $origin }, overriding { $under }
guide-override = Task { $task }: using { $path }, which overrides the task of the same id from { $under }.
guide-no-task-in = No task “{ $task }”: there is no file of that name and no document { $task } in { $sources }. Run `taskguide guide` to list the tasks.
cli-version-content = built-in content: { $count ->
    [one] { $count } task
   *[other] { $count } tasks
} in { $locales } (fingerprint { $fingerprint })
cli-store-opt-where = Print where taskguide keeps its files (the store, the data folder, the content and catalog folders) and stop.
where-store = store: { $url } (from { $source })
where-source-default = the default
where-data = data folder: { $path } ({ $state })
where-exists = exists
where-missing = not created yet
where-content = tasks: { $sources } (a later source overrides an earlier one)
where-locales = catalogs: { $path }
## i18na: accessible mode (guide --accessible, TASKGUIDE_ACCESSIBLE=1)

cli-guide-opt-accessible = Accessible mode for screen readers (also TASKGUIDE_ACCESSIBLE=1): every question as plain lines of text, choices numbered and picked by number or by typing part of a name, answered line by line; no redraws, cursor movement, spinners or colours.
accessible-intro = Accessible mode: each question is written as plain text. Answer with a number or part of a name, then press Enter. Type “back” to go back one step, “quit” to quit.
accessible-back-words = back
accessible-quit-words = quit
accessible-choice = { $number }. { $label }
accessible-multi-choice = { $number }. { $label } — { $state }
accessible-choose = Type a number from 1 to { $count }, or part of a name, then press Enter:
accessible-chosen = Chosen: { $label }
accessible-matches = { $count ->
    [one] { $count } choice matches “{ $text }”:
   *[other] { $count } choices match “{ $text }”:
}
accessible-no-match = Nothing matches “{ $text }”. Type a number from 1 to { $count }, or another part of a name.
accessible-out-of-range = There is no choice { $number }. Type a number from 1 to { $count }.
accessible-checked = checked
accessible-unchecked = not checked
accessible-multi-help = To check or clear choices, type their numbers separated by spaces (for example: 1 3), or part of a name. When you are done, press Enter on an empty line.
accessible-multi-ask = Numbers to check or clear, or Enter to finish:
accessible-toggled-on = Checked: { $label }
accessible-toggled-off = Cleared: { $label }
accessible-blocked = { $label } cannot be checked: { $reason }
accessible-now-checked = Checked now: { $labels }
accessible-none-checked = Nothing is checked now.
accessible-confirm-ask = Type { $yes } or { $no }, then press Enter (Enter alone means { $default }):
accessible-text-ask = Type your answer, then press Enter:
accessible-answered = Answer: { $answer }
accessible-problem = Problem: { $text }
accessible-progress = Progress: { $percent } % ({ $done } of { $total })
accessible-row = Row { $number } of { $total }:
accessible-cell = { $label }: { $value }
## login: signing in as yourself (delegated), the token cache, Graph's security refusals
cli-login = Sign in to Microsoft Graph as yourself, with your own app registration (a public client: AZURE_CLIENT_ID or --client-id, "Allow public client flows" on). Opens the browser (authorization code with PKCE, redirect to http://localhost); over SSH, without a display or with --device-code it prints a code to type on another device. Asks for the delegated permissions LicenseAssignment.Read.All (read the subscribed licenses), User.ReadWrite.All (read users with their licenses, set a usage location, assign licenses) and offline_access (stay signed in: a refresh token). You need the role License Administrator or User Administrator. The refresh token is kept in the OS credential store, else in a file only you can read ($TASKGUIDE_TOKEN_STORE=file|keyring chooses).
cli-login-opt-device_code = Sign in with a device code, in a browser on any device, instead of this machine's browser.
cli-login-opt-client_id = The application (client) id of your app registration (else $AZURE_CLIENT_ID).
cli-login-opt-tenant = The directory (tenant) id or domain (else $AZURE_TENANT_ID, else organizations: the tenant of the account you sign in with).
cli-login-opt-status = Show who is signed in, where, with which permissions and until when, instead of signing in. Never shows a token.
cli-login-opt-store = The graph: store to sign in for; its host decides the cloud (US Government, China) unless AZURE_AUTHORITY_HOST is set (else $TASKGUIDE_STORE, else graph:).
cli-login-opt-format = text for people, json for programs.
cli-whoami = Show who is signed in (the same as login --status).
cli-whoami-opt-format = text for people, json for programs.
cli-logout = Sign out: remove the kept sign-in (refresh token and account) from the OS credential store and the file.
signin-error-no-client-id = No app registration to sign in with: set AZURE_CLIENT_ID or give --client-id (your app registration's application id, with "Allow public client flows" on; see the README, "Sign in as yourself").
signin-error-not-signed-in = Nobody is signed in to Microsoft Graph. Run `taskguide login` (or `taskguide login --device-code`), or set AZURE_CLIENT_SECRET with AZURE_TENANT_ID and AZURE_CLIENT_ID for an app.
signin-error-session-expired = The kept sign-in is no longer accepted ({ $code }: { $description }); it was revoked or has expired. Run `taskguide login` again.
signin-error-declined = The sign-in was declined, so you are not signed in. Run `taskguide login` again to retry.
signin-error-expired = The sign-in code expired before the sign-in was finished. Run `taskguide login` again and finish within the time shown.
signin-error-bad-code = Microsoft did not recognize the code. Run `taskguide login --device-code` again and type the new code exactly.
signin-error-cancelled = Sign-in cancelled; nothing was kept.
signin-error-no-browser = No browser could be opened. Use `taskguide login --device-code`.
signin-error-state = The browser's answer did not belong to this sign-in, so it was ignored. Run `taskguide login` again.
signin-error-loopback = The local sign-in listener failed ({ $detail }). Use `taskguide login --device-code`.
signin-error-no-refresh-token = Microsoft gave no refresh token, so the sign-in cannot be kept. Make sure the app registration may ask for offline_access, then sign in again.
signin-error-cache = The sign-in could not be kept or read at { $path }: { $detail }. Run `taskguide logout`, then `taskguide login`.
graph-error-foreign-link = Microsoft Graph pointed to { $origin }, which is not the configured Graph host; it was not followed, and no token was sent there. Check the --store address and any proxy.
graph-error-missing-role = You are signed in, but you hold none of the directory roles that may assign licenses. Ask an administrator for { $roles } (Microsoft Entra admin center → Roles and administrators), then sign in again.
graph-check-roles = Your directory role for assigning licenses
signin-done = Signed in as { $user } (tenant { $tenant }).
signin-logged-out = Signed out: the kept sign-in was removed.
signin-status-none = Nobody is signed in. Run `taskguide login`.
signin-status-no-role = none that may assign licenses
signin-status = Signed in as { $user }
      tenant: { $tenant } ({ $authority })
      app: { $client }
      permissions: { $scopes }
      license roles: { $roles }
      usable until: { $until } (refreshed on every use)
      kept in: { $place }
signin-place-keyring = the OS credential store
signin-browser = Opening the browser to sign in. If it does not open, go to: { $url }
signin-browser-done = Signed in to taskguide. You can close this window.
signin-device-code = To sign in, open { $uri } in a browser and enter the code { $code }.
signin-file-warning = Warning: no OS credential store answered; the sign-in is kept in { $path } (readable only by you).
signin-offer = Sign in to Microsoft Graph now?
wizard-search-user = Find the user (part of the name or sign-in name):
wizard-search-user-help = The directory is searched as you type; Enter on an empty line lists the first users.
wizard-search-none = No user matches “{ $filter }”. Try part of the name or the sign-in name.
signin-check-need-licenses = Add the delegated permission LicenseAssignment.Read.All to your app registration (API permissions → Microsoft Graph → Delegated permissions), consent, then run `taskguide login` again.
signin-check-need-users = Add the delegated permission User.ReadWrite.All to your app registration, consent, then run `taskguide login` again; you also need the License Administrator or User Administrator role.
## site: the static localized help site (taskguide site)
cli-site = Build the static localized help site: every document in every locale, a language picker, English on demand, machine translation marked, search; only changed pages are rewritten.
cli-site-opt-paths = Folders of documents (default: content). A document's id is its path below the folder, without .md and a leading locale folder.
cli-site-opt-locales_dir = The catalog folder: locales/<locale>/<doc-id>.ftl. Its messages win over the text in the documents.
cli-site-opt-locale = A locale to build (repeatable). Default: every locale that has documents or catalogs, and en-US.
cli-site-opt-out = The output folder: <locale>/<doc-id>.html, an index and search per locale, index.html, and sitemap.xml with --base-url.
cli-site-opt-theme = A folder of theme files (base.html, page.html, index.html, search.html, root.html, sitemap.xml, site.css, site.js) that replace the built-in ones of the same name.
cli-site-opt-check = Write nothing: list the files that would be written or removed, and exit with code 1 if there are any (for CI).
cli-site-opt-base_url = The site's public address (https://help.example.com/docs), for sitemap.xml, whose addresses must be absolute: without it no sitemap.xml is written.
cli-site-opt-link_base = Where the documents' links that start with / lead (their original site, e.g. https://learn.microsoft.com); without it they are shown as text, not as broken links.
site-summary = { $pages } pages in { $locales } locales: { $written } files written, { $removed } removed, { $unchanged } pages unchanged, { $fallbacks } segments not in their page's locale, { $dead } links or images that lead nowhere shown as text. Site: { $out }
site-check-write = would write { $path }
site-check-remove = would remove { $path }
site-error-theme = cannot read the theme { $path }: { $reason }
site-error-template = { $path }:{ $line }: template error: { $reason }
site-skip = Skip to the article
site-home = All articles
site-language = Language
site-search = Search
site-search-label = Search the articles
site-search-none = No article matches.
site-search-count = { $count ->
    [one] { $count } article matches.
   *[other] { $count } articles match.
}
site-search-noscript = Search needs JavaScript; the list of all articles works without it.
site-show-english = Show the English original
site-show-translation = Show the translation
site-guided = Guided task
site-step-done = Done: step
site-index-title = Articles
site-mt-banner = This article was translated by a machine and may contain errors.
site-mt-link = Read the English original
site-fallback-badge = Not translated: shown in another language
site-stale-badge = The translation is older than the English text
site-root-title = Choose your language
## tasks: the product tasks of issue 16 (products, many users, service plans, swaps, seats, the task picker)

wizard-products = { $count ->
    [one] One product in this organization:
   *[other] { $count } products in this organization:
}
wizard-product-line = { $license } — { $assigned } assigned, { $available } of { $total } available
wizard-product-suspended = suspended: { $count } seats cannot be assigned until the subscription is paid
wizard-product-warning = in warning: { $count } seats expire unless the subscription is renewed
wizard-select-product = Which product?
wizard-select-product-help = Type to filter, ↑↓ to move, Enter to pick, Esc to go back.
wizard-needs-product = No product is picked yet: this task needs a step with select-product before this one.
wizard-select-users = Users to give { $license } (up to { $max } at a time):
wizard-select-users-help = Type to filter, Space to add or take away, Enter to go on, Esc to go back. { $seats }
wizard-seats-left = { $left } of { $available } left after these
wizard-seats-short = { $license } has only { $available } seats left: take some users away, or buy more licenses first.
wizard-users-max = At most { $max } users at a time, as in the admin center.
wizard-users-none = No user is picked: pick at least one.
wizard-user-has-product = already has { $license }
wizard-user-no-location = no usage location
wizard-batch-user = { $name } <{ $upn }>
wizard-batch-location-missing = { $count ->
    [one] One of these users has no usage location: { $names }. A license needs one; it is set together with the license.
   *[other] { $count } of these users have no usage location: { $names }. A license needs one; it is set together with the license.
}
wizard-batch-ask-location = { $count ->
    [one] Usage location for this user
   *[other] Usage location for these { $count } users
}
wizard-plan-rules = How the apps and services of { $license } depend on each other:
wizard-plan-needs = { $plan } needs { $needs }
wizard-plan-excludes = { $plan } cannot be on together with { $other }
wizard-choose-plans = Apps and services of { $license }: clear the ones to turn off.
wizard-choose-plans-help = ↑↓ to move, Space to turn on or off, Enter to go on, Esc to go back.
wizard-plan-choice = { $plan } ({ $name })
wizard-plan-needs-off = { $plan } needs { $needs }, which you turned off: turn it on again, or turn { $plan } off too.
wizard-plans-off = Turned off: { $plans }
wizard-plans-all-on = Every app and service stays on.
wizard-review-batch = { $count ->
    [one] Assign { $license } to one user:
   *[other] Assign { $license } to { $count } users:
}
wizard-batch-seats = { $license } — { $available } of { $total } available after
wizard-batch-short = { $available ->
    [one] { $license } has 1 seat left, but these users need { $needed }. Nothing was changed: take some users away, or buy more licenses first.
   *[other] { $license } has { $available } seats left, but these users need { $needed }. Nothing was changed: take some users away, or buy more licenses first.
}
wizard-confirm-batch = { $count ->
    [one] Assign { $license } to this user?
   *[other] Assign { $license } to these { $count } users?
}
wizard-batch-ok = ✓ { $name } <{ $upn }>
wizard-batch-failed = ✗ { $name } <{ $upn }>: { $reason }
wizard-batch-not-run = not done: the store stopped before this user.
wizard-batch-done = { $ok } of { $total } users changed:
wizard-batch-partial = { $failed ->
    [one] One user was not changed (the reason is above); the others were, and the journal holds exactly their changes.
   *[other] { $failed } users were not changed (the reasons are above); the others were, and the journal holds exactly their changes.
}
wizard-seats-before-after = { $license }: before { $before_available } of { $before_total } available, now { $available } of { $total }
wizard-swap-from = Move users from which product?
wizard-swap-to = To which product?
wizard-swap-users = Users of { $from } to move to { $to }:
wizard-swap-none-hold = Nobody holds a product directly: there is nobody to move.
wizard-review-swap = { $count ->
    [one] Move one user from { $from } to { $to }, in one change (the new license added and the old one removed together, so the user is never without a mailbox):
   *[other] Move { $count } users from { $from } to { $to }, one change per user (the new license added and the old one removed together, so nobody is left without a mailbox):
}
wizard-confirm-swap = { $count ->
    [one] Move this user?
   *[other] Move these { $count } users?
}
guide-pick-task = Which task?
guide-pick-task-help = Type to filter, ↑↓ to move, Enter to start, Esc to leave.
## exchange: XLIFF and PO for translators and vendors, word counts, translation memory

cli-export = Export the messages a locale needs for translators and vendors: XLIFF 2.1 (one file) or gettext PO (one file per document), with the English, the current translation and its state, the place in the document, the previous English of stale messages and translation-memory suggestions; or the locale's translation memory as TMX.
cli-export-opt-locale = The locale to translate into.
cli-export-opt-what = Which messages: missing, stale, machine (machine or leveraged translations), all; several separated by commas.
cli-export-opt-file_format = xliff (XLIFF 2.1), po (gettext PO, one file per document in the --out folder) or tmx (the translation memory).
cli-export-opt-docs = Document ids or folders of ids (AlchemyInsights/x, AlchemyInsights); none: every document.
cli-export-opt-out = The file to write (XLIFF, TMX) or the folder (PO).
cli-export-opt-locales_dir = The catalog folder.
cli-export-opt-tm = A TMX file whose translations are added to the translation memory (repeatable).
cli-export-opt-matches = How many translation-memory suggestions to give per missing or stale message (0: none).
cli-export-opt-report = text for people, json for programs.
cli-import-translations = Bring translated XLIFF or PO files back into the catalogs. A unit whose English changed or whose inline codes or placeables differ from the English is refused with its file:line:col; XLIFF final or a PO message with a “# reviewed” comment is recorded as reviewed, other changes as edited; nothing else is touched.
cli-import-translations-opt-files = XLIFF (.xlf) or PO (.po) files, as exported by taskguide export.
cli-import-translations-opt-locales_dir = The catalog folder to write into.
cli-import-translations-opt-format = text for people, json for programs.
cli-leverage = Fill a locale's missing messages from exact matches of their English elsewhere (the locale's other messages and documents, and TMX files given), marked leveraged or machine, never reviewed.
cli-leverage-opt-locale = The locale to fill.
cli-leverage-opt-docs = Document ids or folders of ids; none: every document.
cli-leverage-opt-locales_dir = The catalog folder.
cli-leverage-opt-tm = A TMX file to seed the translation memory with (repeatable).
cli-leverage-opt-mark = How the filled messages are marked: leveraged, or machine (a re-import may replace them with the document's translation).
cli-leverage-opt-dry_run = Count what would be filled without writing anything.
cli-leverage-opt-format = text for people, json for programs.
cli-status-opt-words = Count words the way vendors quote: per locale and document, new words, words in stale messages, repetitions, translation-memory 100 % and fuzzy bands.
cli-status-opt-what = With --words: which messages to count (missing, stale, machine, all).
cli-status-opt-locale = Only this locale (repeatable).
cli-status-opt-tm = With --words: a TMX file added to the translation memory (repeatable).
exchange-error-catalog-syntax = { $path } has syntax errors, so it was left as it is: { $first }
exchange-error-references = { $path } has Fluent references ({"{"} $variable {"}"}, {"{"} -term {"}"}); rewriting it would turn them into text, so it was left as it is.
exchange-error-file = { $place }: this is not a file taskguide can read: { $reason }
exchange-refused-unknown-document = the locale has no catalog of this document
exchange-refused-unknown-message = the document has no such message
exchange-refused-english-changed = the English changed since the file was made; export again and translate: { $current }
exchange-refused-unknown-code = the inline code { $id } is not one of the unit’s codes
exchange-refused-codes = the inline codes or placeables differ from the English (missing: { $missing }; not in the English: { $extra })
exchange-no-document = no document matches { $doc }
export-done = { $units } messages of { $documents } documents written to { $out } ({ $files } files)
import-translations-refused = { $doc } { $id } was not taken: { $reason }
import-translations-doc = { $doc }: { $added } added, { $updated } updated, { $state } with a new review state
import-translations-summary = { $messages } messages changed in { $catalogs } catalogs; { $unchanged } unchanged, { $refused } refused, { $untaken } not confirmed or empty
leverage-doc = { $doc }: { $count } filled
leverage-summary = { $locale }: { $filled } of { $missing } missing messages filled from exact matches (marked { $mark }); { $fuzzy } more have only fuzzy matches, { $none } no match
words-total = words
words-new = new
words-repetition = repeated
words-all-documents = (all documents)
words-counting = Words: Unicode word boundaries without markup, URLs or code; Han, kana, Thai, Lao, Khmer and Myanmar counted by character.
## check: translation QA in every script (issue 14)

check-blank-translation = the translation is empty or only whitespace
check-untranslated = English left untranslated: “{ $text }”
check-empty-link-text = the link to { $dest } has no text: there is nothing to click
check-url-altered = the URL { $url } was changed: spaces or translated words inside it
check-do-not-translate = “{ $term }” must appear unchanged in the translation
check-term-mismatch = the glossary translates “{ $source }” as “{ $target }”, which the translation does not use
check-inconsistent-translation = the same English is translated in different ways: { $variants }
check-inconsistent-source = the same translation is used for different English texts: { $variants }
check-repeated-word = the word “{ $word }” is repeated
check-unpaired-bracket = “{ $bracket }” opens or closes nothing
check-alphanumeric-mismatch = “{ $token }” of the source is missing from the translation
check-hint-blank-translation = translate the text, or copy the source if it must stay as it is
check-hint-untranslated = translate the English, or allow the code for this message if it must stay English
check-hint-empty-link-text = write the link text between the brackets: [text](destination)
check-hint-url-altered = copy the URL exactly as the source has it, without spaces and with placeholders unchanged
check-hint-do-not-translate = write the product name exactly as in the source, with its Latin digits
check-hint-term-mismatch = use the glossary's translation of the term
check-hint-inconsistent-translation = choose one translation and use it everywhere, or allow the code where the context differs
check-hint-inconsistent-source = check that each English text is translated on its own; use different translations where the meaning differs
check-hint-repeated-word = delete the repeated word
check-hint-unpaired-bracket = close every bracket and quote the translation opens, as the source does
check-hint-alphanumeric-mismatch = copy codes, SKUs, error numbers and KB numbers exactly as in the source
check-summary-locale = { $locale }: { $counts }
check-html-title = Translation check
check-html-summary = Findings per code and locale
check-html-code = code
check-html-place = place
check-html-message = message
check-html-source = source
check-html-target = target
check-glossary-error = { $path }:{ $line }:{ $col }: { $reason ->
    [columns] a glossary row needs source and target (source,target,locale,note)
    [empty] the source or target term is empty
    [header] the first row must be the header source,target,locale,note
    [csv] the CSV cannot be read: { $detail }
    [xml] the TBX file cannot be read: { $detail }
   *[other] { $detail }
}
cli-check-opt-glossary = Glossary (TBX, or CSV with source,target,locale,note) whose terms the translations must use (repeatable)

## leavers: deleting users (soft delete, 30-day restore), `store deleted`, `store restore`
store-error-not-supported = The store { $url } cannot { $operation ->
        [delete] delete
        [restore] restore
       *[other] list deleted
    } users. Deleting, listing deleted users and restoring work on SQLite, memory and Microsoft Graph stores.
store-error-deleted-not-found = There is no deleted user “{ $user }” to restore: it was never deleted, is back already, or was deleted more than 30 days ago (then it is gone for good). See `taskguide store deleted`.
store-error-delete-denied = Microsoft Graph refused to { $operation ->
        [delete] delete
        [restore] restore
       *[other] change
    } { $user }: “{ $message }” Deleting and restoring users needs the User Administrator role (or Privileged Authentication Administrator) and the User.ReadWrite.All permission; a License Administrator can assign licenses but cannot delete users. Ask someone with that role, or to be given it, then try again.
cli-store-deleted = List the deleted users that can still be restored (30 days), with the licenses they had.
cli-store-deleted-opt-format = Output format: text (a table), or json with Graph's field names.
cli-store-restore = Restore a deleted user with its licenses and groups (exit 1 if there is none to restore).
cli-store-restore-opt-user = The deleted user's sign-in name or id (see `taskguide store deleted`).
cli-store-restore-opt-dry_run = Show what the restore would bring back without doing it.
store-deleted-none = No deleted users: nobody was deleted in the last 30 days.
store-deleted-col-user = User
store-deleted-col-deleted = Deleted
store-deleted-col-until = Restorable until
store-deleted-col-licenses = Licenses it had
store-deleted-count = { $count ->
    [one] One deleted user; restore it with `taskguide store restore <UPN>`.
   *[other] { $count } deleted users; restore one with `taskguide store restore <UPN>`.
}
store-restore-over-seats = Restored with every license it had, as Microsoft 365 does, but { $licenses } now has more users than seats: remove a license from someone, or buy more.
wizard-delete-pick = Users to delete (up to { $max } at a time):
wizard-delete-pick-help = Type to filter, Space to pick or drop, Enter when done, Esc to go back.
wizard-delete-review = { $count ->
    [one] This user will be deleted and lose these licenses:
   *[other] These { $count } users will be deleted and lose these licenses:
}
wizard-delete-loses = • { $name } <{ $upn }>: { $licenses }
wizard-delete-seats = Free seats afterwards:
wizard-delete-seat-line = { $license }: { $available } of { $total } available
wizard-delete-restorable = A deleted user can be restored for 30 days, with its licenses: `taskguide store restore <UPN>`, or undo the journal entry.
wizard-delete-dry-run = { $count ->
    [one] Dry run: this user would be deleted. Nothing was deleted.
   *[other] Dry run: these { $count } users would be deleted. Nothing was deleted.
}
wizard-delete-type-upn = To delete, type the sign-in name { $upn }:
wizard-delete-type-count = { $count ->
    [one] To delete, type the number of users: 1
   *[other] To delete these users, type how many they are ({ $count }):
}
wizard-delete-type-help = Typing it makes sure the right users go. Esc to go back.
wizard-delete-type-empty = Type it to delete, or press Esc to go back.
wizard-delete-mismatch-upn = You typed “{ $typed }”, not { $upn }: nothing was deleted.
wizard-delete-mismatch-count = You typed “{ $typed }”, but { $count } users are picked: nothing was deleted. Check the users picked, then type their number.
wizard-delete-col-user = User
wizard-delete-col-freed = Licenses freed
wizard-delete-col-result = Result
wizard-delete-ok = ✓ deleted (restorable for 30 days)
wizard-delete-failed = ✗ not deleted: { $reason }
wizard-delete-done = { $ok } of { $total } users deleted:
wizard-delete-journal = { $count ->
    [one] Journal entry { $ids }; to restore the user: taskguide store undo { $last }
   *[other] Journal entries { $ids }; to restore a user, undo its entry: taskguide store undo { $last }
}
wizard-delete-partial = { $failed ->
    [one] One user was not deleted (the reason is in the table); the others were, and the journal holds exactly their deletions.
   *[other] { $failed } users were not deleted (the reasons are in the table); the others were, and the journal holds exactly their deletions.
}
store-history-kind = { $kind ->
    [delete] user deleted (restorable for 30 days)
   *[other] user restored
}
wizard-delete-in-error = (also { $license } from the group { $group }: the group could not assign it, so it frees no seat)
## tasks: product flows searched on large directories, the live seat count
wizard-search-users = Find users to add (part of a name or sign-in name; Enter on an empty line when done):
wizard-search-users-help = The directory is searched for what you type; the users you checked stay checked.
wizard-search-users-done = Then Enter on an empty search line to go on.
wizard-search-users-none = No user matches that. Try part of the name or the sign-in name.
wizard-seats-now = Seats: { $line }
## site: the sitemap needs --base-url
site-error-base-url = --base-url { $url } is not an absolute http or https address (such as https://help.example.com/docs)
site-no-sitemap = note: no sitemap.xml without --base-url (a sitemap's addresses must be absolute)
## checkqa: CamelCase/UPPERCASE words, check settings errors with their place
check-cased-word-mismatch = “{ $word }” of the source is missing from the translation
check-hint-cased-word-mismatch = keep names of products, features, settings and protocols (CamelCase, UPPERCASE) as the source writes them, unless the language has its own established form
check-config-error-at = { $path }:{ $line }:{ $col }: invalid check settings: { $reason }
check-config-unknown-code-at = { $path }:{ $line }:{ $col }: there is no check code “{ $code }”; the codes are: { $known }
## store-err: a group license Microsoft Graph reports in error: Graph's error code, then the state in words
store-license-group-problem = { $group } ⚠ { $error } ({ $state ->
        [Error] Error
        [ActiveWithError] Active with error
        [Disabled] Disabled
       *[other] Active
    })
