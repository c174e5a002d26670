# taskguides egne meldinger, nb-NO. Hver melding her må også finnes i en-US/taskguide.ftl.

## Etiketter

label-error = feil
label-warning = advarsel

## Antall

count-files = { $count ->
    [one] { $count } fil
   *[other] { $count } filer
}

## Feil

error-bad-locale = «{ $tag }» er ikke en gyldig BCP 47-språkkode (prøv en-US, nb-NO eller sv-SE)
error-write-stdout = kan ikke skrive til standard utdata: { $reason }

## Kommandolinje

cli = Gjør lokaliserte tospråklige hjelpeartikler om til Fluent-kataloger, lokaliserte dokumenter og veiledede oppgaver.
cli-exit-codes = Avslutningskoder: 0 vellykket; 1 arbeidet mislyktes (filer som ikke kan leses eller skrives, feil funnet, en endring avvist); 2 kommandolinjen er feil (ukjent valg eller verdi, manglende inndata, ugyldig språkkode).

## Dokumentdiagnostikk

diag-unpaired-span = oversatt span «{ $id }» har ingen engelsk kildehalvdel (sxs-lookup) før neste par; beholdt som tekst
diag-orphan-source = en engelsk kildehalvdel (sxs-lookup) har ingen oversatt span foran seg; beholdt som tekst
diag-mismatched-ids = den oversatte halvdelen har id «{ $target }», men den engelske har «{ $source }»
diag-stray-close-tag = en bokstavelig </span> her lukker ingenting som er åpnet i denne halvdelen; lest som tekst
diag-unterminated-pair = den engelske halvdelen av «{ $id }» når aldri sin avsluttende </span></span>; beholdt som tekst
diag-pair-crosses-lines = paret «{ $id }» går over mer enn én linje
diag-empty-target = paret «{ $id }» har en tom oversettelse
diag-duplicate-id = par-id-en «{ $id }» er allerede brukt i dette dokumentet
diag-broken-front-matter = denne linjen i front matter er verken «nøkkel: verdi» eller «- element»; beholdt uendret
diag-unclosed-front-matter = front matter som åpnes her, lukkes aldri med «---»; lest som tekst
diag-not-utf8 = filen er ikke gyldig UTF-8 (første ugyldige byte her)
error-read = kan ikke lese { $path }: { $reason }
## Kataloger

ftl-error-expected-token = forventet «{ $token }»
ftl-error-expected-range = forventet ett av «{ $range }»
ftl-error-message-without-value = meldingen «{ $id }» har ingen verdi
ftl-error-term-without-value = termen «-{ $id }» har ingen verdi
ftl-error-forbidden-callee = bare funksjoner, med navn i store bokstaver, kan kalles
ftl-error-missing-default-variant = utvalgsuttrykket har ingen standardvariant (merket med *)
ftl-error-missing-value = forventet en verdi
ftl-error-multiple-default-variants = utvalgsuttrykket har mer enn én standardvariant
ftl-error-bad-selector = dette uttrykket kan ikke velge mellom varianter
ftl-error-term-attribute-as-placeable = et termattributt kan ikke brukes som plassholder
ftl-error-unterminated-string = strengliteralen er ikke avsluttet før slutten av linjen
ftl-error-positional-after-named = posisjonelle argumenter må komme før navngitte argumenter
ftl-error-duplicated-argument = det navngitte argumentet «{ $name }» er gitt to ganger
ftl-error-unknown-escape = ukjent escape-sekvens «{ $sequence }» (en strengliteral tillater \\, \", \uXXXX og \UXXXXXX)
ftl-error-invalid-unicode-escape = ugyldig Unicode-escape «{ $sequence }» (\u tar 4 heksadesimale sifre, \U tar 6)
ftl-error-unbalanced-brace = en avsluttende klammeparentes uten en innledende (skriv {"{"}"{"}"}"{"}"} for en bokstavelig klammeparentes)
ftl-error-expected-expression = forventet et uttrykk: en streng, et tall, en variabel eller en referanse
ftl-error-expected-literal = forventet en streng eller et tall
ftl-error-duplicate-id = meldingen «{ $id }» er definert på nytt; den første definisjonen brukes
ftl-error-no-value = meldingen «{ $id }» har attributter, men ingen verdi

## Gjengivelse og trinn

error-no-such-path = { $path } finnes ikke
error-dir-needs-out = { $path } er en mappe: oppgi --out MAPPE som de gjengitte dokumentene skal skrives til
error-write = kan ikke skrive { $path }: { $reason }
render-fallback = { $path }: meldingen { $id } finnes ikke på { $wanted }; brukte { $used }
render-summary = { $files ->
    [one] { $files } dokument
   *[other] { $files } dokumenter
}, { $fallbacks ->
    [0] ingen reserveoversettelser
    [one] { $fallbacks } reserveoversettelse
   *[other] { $fallbacks } reserveoversettelser
}
steps-labels = etiketter: { $labels }
steps-link = lenke: { $text } <{ $url }>
cli-render = Gjengi dokumenter på et hvilket som helst språk: enspråklig Markdown, det tospråklige formatet eller HTML.
cli-render-opt-path = Et dokument, eller en mappe: hver *.md under den gjengis til samme relative sti under --out.
cli-render-opt-locale = Språket som skal gjengis (en hvilken som helst BCP 47-kode; alias som no, nb, nn peker til nb-NO). Standard: dokumentets eget språk.
cli-render-opt-format = markdown (enspråklig), bilingual (det opprinnelige side-ved-side-formatet) eller html.
cli-render-opt-out = Utdatamappen (påkrevd for en mappe). Uten den skrives ett enkelt dokument til standard utdata.
cli-render-opt-locales_dir = Katalogmappen: locales/<språk>/<dokument-id>.ftl. Meldingene der går foran teksten i dokumentet.
cli-render-opt-strict = Avslutt med kode 1 hvis en melding faller tilbake til et annet språk.
cli-steps = Skriv ut trinnene i et dokument: nummer, tekst, etiketter i brukergrensesnittet og lenker, på et gitt språk.
cli-steps-opt-doc = Dokumentet.
cli-steps-opt-locale = Språket (en hvilken som helst BCP 47-kode). Standard: dokumentets eget språk.
cli-steps-opt-format = text for mennesker, json for programmer.
cli-steps-opt-locales_dir = Katalogmappen: locales/<språk>/<dokument-id>.ftl.

## Import

import-catalog = { $path }: { $added } lagt til, { $updated } oppdatert, { $stale } utdatert, { $obsolete } foreldet
import-obsolete = foreldet (beholdt; --prune fjerner den): { $id }
import-pruned = foreldet, fjernet: { $id }
import-stale = utdatert (den engelske kilden er endret): { $id }
import-summary = { $catalogs ->
    [one] { $catalogs } katalog importert
   *[other] { $catalogs } kataloger importert
}
import-error-syntax = { $path } har syntaksfeil ({ $first }); rett dem før du importerer på nytt, så ingenting i filen går tapt
import-error-no-locale = { $path } oppgir ikke noe språk (ingen ms.contentlocale i front matter og ingen språkmappe i stien)
cli-import = Importer tospråklige dokumenter til Fluent-kataloger: locales/en-US/<dokument-id>.ftl fra de engelske halvdelene, locales/<språk>/<dokument-id>.ftl fra de oversatte. Manuelle endringer beholdes; oversettelser der engelsken er endret, merkes som utdatert.
cli-import-opt-paths = Dokumenter eller mapper (hver *.md under dem).
cli-import-opt-locales_dir = Katalogmappen det skal skrives til.
cli-import-opt-prune = Fjern meldinger som ikke lenger finnes i dokumentet (ellers blir de bare rapportert).
cli-import-opt-format = text for mennesker, json for programmer.
