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
