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
