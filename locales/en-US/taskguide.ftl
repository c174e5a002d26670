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
