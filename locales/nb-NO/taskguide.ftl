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

## Check

label-note = merknad
cli-check = Finner feil i oversettelser: lenker, markering, navigasjonsstier, plassholdere, tall, mellomrom og tegnsetting, med sted og løsning.
cli-check-opt-paths = Tospråklige dokumenter eller mapper som skal kontrolleres (standard: content/)
cli-check-opt-locale = Kontroller bare dokumenter på dette språket (kan gjentas)
cli-check-opt-format = Utdataformat: text for mennesker, json eller sarif for programmer og CI
cli-check-opt-allow = Ikke rapporter denne koden (kan gjentas)
cli-check-opt-config = Innstillingsfil (standard: taskguide.toml når den finnes)
check-error-config = { $path } har ugyldige kontrollinnstillinger: { $reason }
check-error-no-path = { $path } finnes ikke
check-label-source = kilde: { $text }
check-label-target = oversettelse: { $text }
check-label-hint = tips: { $text }
check-summary = { $files ->
    [one] { $files } dokument
   *[other] { $files } dokumenter
}: { $errors ->
    [one] { $errors } feil
   *[other] { $errors } feil
}, { $warnings ->
    [one] { $warnings } advarsel
   *[other] { $warnings } advarsler
}, { $notes ->
    [one] { $notes } merknad
   *[other] { $notes } merknader
}
check-link-mismatch = lenkemålet { $dest } finnes ikke i kilden
check-link-broken = lenken til { $dest } går over flere segmenter og er brutt i oversettelsen
check-link-count = kilden har { $source ->
    [one] { $source } lenke
   *[other] { $source } lenker
}, oversettelsen { $target }
check-bold-count = kilden har { $source } { $source ->
    [one] fet tekstbit
   *[other] fete tekstbiter
}, oversettelsen { $target }
check-emphasis-count = kilden har { $source } { $source ->
    [one] kursiv tekstbit
   *[other] kursive tekstbiter
}, oversettelsen { $target }
check-code-count = kilden har { $source } { $source ->
    [one] kodebit
   *[other] kodebiter
}, oversettelsen { $target }
check-breadcrumb = navigasjonsstien { $chain } er brutt: trinnene må bare være forbundet med «\>»
check-placeholder = plassholderen { $name } mangler i oversettelsen
check-number = tallet { $number } fra kilden mangler i oversettelsen
check-missing-space = en bokstav følger rett etter en lenke eller utheving: det mangler et mellomrom
check-edge-whitespace = { $extra ->
    [yes] oversettelsen har mellomrom i { $side -> 
        [end] slutten
       *[other] starten
    }, men det har ikke kilden
   *[no] oversettelsen mangler mellomrommet kilden har i { $side ->
        [end] slutten
       *[other] starten
    }
}
check-double-space = to mellomrom etter hverandre
check-end-punctuation = kilden slutter med «{ $source }», oversettelsen med «{ $target }»
check-length-ratio = oversettelsen er { $percent } % av kildens lengde: tekst kan mangle eller være lagt til
check-bidi-control = det usynlige bidi-styretegnet { $codepoint } kan snu rekkefølgen på teksten
check-replacement-char = U+FFFD (�) markerer tekst som gikk tapt i en tegnsettkonvertering
check-unbalanced-markup = denne { $marker } åpner eller lukker ingenting: resten av avsnittet kan bli vist feil
check-locale-mismatch = front matter sier { $front }, men dokumentet ligger i mappen { $folder }
check-machine-translated = maskinoversatt (ms.translationtype: MT): ikke gjennomgått
check-pairing = problem med sammenkoblingen av span-er
check-hint-link-mismatch = bruk kildens lenkemål, eller /en-us/-stien med målspråket
check-hint-link-count = behold hver [tekst](mål) fra kilden, med hakeparenteser og parenteser intakte
check-hint-markup-count = marker de samme etikettene og begrepene som kilden gjør
check-hint-breadcrumb = oversett hvert trinn innenfor markeringen og behold rekkefølgen: **A** \> **B**
check-hint-placeholder = kopier plassholdere som <email> uendret; leseren erstatter dem
check-hint-number = behold hvert tall; bare formateringen kan følge språket
check-hint-missing-space = sett inn et mellomrom etter avsluttende ) eller **
check-hint-edge-whitespace = start og avslutt oversettelsen med samme mellomrom som kilden
check-hint-double-space = erstatt de to mellomrommene med ett
check-hint-end-punctuation = avslutt setningen slik kilden gjør
check-hint-length-ratio = sammenlign oversettelsen med kilden ledd for ledd
check-hint-bad-char = slett tegnet, eller skriv teksten rundt det på nytt
check-hint-unbalanced-markup = sett ** og ` i par som i kilden, eller skriv dem som \*\*
check-hint-locale-mismatch = flytt dokumentet til mappen for språket, eller rett ms.contentlocale
check-hint-machine-translated = la en korrekturleser lese det, og sett deretter ms.translationtype til HT
check-hint-pairing = gi hver oversatte span en engelsk sxs-lookup-halvdel med samme id
