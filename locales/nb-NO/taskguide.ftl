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
