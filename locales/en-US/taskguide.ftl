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

## Render and steps

error-no-such-path = { $path } does not exist
error-dir-needs-out = { $path } is a folder: give --out DIR to write the rendered documents into
error-write = cannot write { $path }: { $reason }
render-fallback = { $path }: message { $id } is not available in { $wanted }; used { $used }
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
cli-render-opt-locale = The locale to render (any BCP 47 tag; aliases such as no, nb, nn map to nb-NO). Default: each document's own locale.
cli-render-opt-format = markdown (monolingual), bilingual (the original side-by-side format), or html.
cli-render-opt-out = The output folder (required for a folder). Without it, a single document is written to standard output.
cli-render-opt-locales_dir = The catalog folder: locales/<locale>/<doc-id>.ftl. Its messages win over the text in the document.
cli-render-opt-strict = Exit with code 1 if any message falls back to another locale.
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
import-summary = { $catalogs ->
    [one] { $catalogs } catalog imported
   *[other] { $catalogs } catalogs imported
}
import-error-syntax = { $path } has syntax errors ({ $first }); fix them before importing again, so nothing in it is lost
import-error-no-locale = { $path } names no locale (no ms.contentlocale in its front matter and no locale folder in its path)
cli-import = Import bilingual documents into Fluent catalogs: locales/en-US/<doc-id>.ftl from the English halves, locales/<locale>/<doc-id>.ftl from the translated ones. Hand edits are kept; translations whose English changed are marked stale.
cli-import-opt-paths = Documents or folders (every *.md below them).
cli-import-opt-locales_dir = The catalog folder to write into.
cli-import-opt-prune = Remove messages that are no longer in the document (they are only reported otherwise).
cli-import-opt-format = text for people, json for programs.
