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
