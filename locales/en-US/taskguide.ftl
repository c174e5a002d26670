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
