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

## Check

label-note = note
cli-check = Finds what is wrong in translations: links, markup, breadcrumbs, placeholders, numbers, spacing and punctuation, with the place and the fix.
cli-check-opt-paths = Bilingual documents or folders to check (default: content/)
cli-check-opt-locale = Check only documents in this locale (repeatable)
cli-check-opt-format = Output format: text for people, json or sarif for programs and CI
cli-check-opt-allow = Do not report this code (repeatable)
cli-check-opt-config = Settings file (default: taskguide.toml when present)
check-error-config = { $path } has invalid check settings: { $reason }
check-error-no-path = { $path } does not exist
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
