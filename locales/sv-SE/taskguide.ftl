# taskguides egna meddelanden, sv-SE. Varje meddelande här måste också finnas i en-US/taskguide.ftl.
# translation-review: unreviewed
# Not reviewed by a native speaker: translated from en-US by a developer (not a native Swedish speaker),
# with Microsoft 365's Swedish terms (licens, användare, användningsplats, prenumeration, tjänstplan).
# Inte granskad av en person med svenska som modersmål.

## Etiketter

label-error = fel
label-warning = varning

## Antal

count-files = { $count ->
    [one] { $count } fil
   *[other] { $count } filer
}

## Fel

error-bad-locale = ”{ $tag }” är inte en giltig BCP 47-språktagg (prova en-US, nb-NO eller sv-SE)
error-unknown-locale = ”{ $tag }” är korrekt formad men anger inget känt språk (prova en-US, nb-NO eller sv-SE)
error-write-stdout = det går inte att skriva till standardutdata: { $reason }

## Kommandorad

cli = Gör om lokaliserade tvåspråkiga hjälpartiklar till Fluent-kataloger, lokaliserade dokument och guidade uppgifter.
cli-exit-codes = Slutkoder: 0 lyckades; 1 arbetet misslyckades (filer som inte kan läsas eller skrivas, fel hittades, en ändring nekades); 2 kommandoraden är fel (okänt alternativ eller värde, indata saknas, felaktig språktagg).
cli-help-heading-usage = Användning
cli-help-heading-options = Alternativ
cli-help-heading-arguments = Argument
cli-help-heading-commands = Kommandon
cli-help-flag = Visa hjälp
cli-version-flag = Visa version
cli-help = Visa det här meddelandet eller hjälpen för de angivna kommandona
cli-help-opt-subcommand = Kommandot som hjälpen ska visas för
cli-default = standard: { $value }
cli-possible-values = möjliga värden: { $values }
cli-locales = Lista språkmapparna i en katalogmapp och rapportera de mappar som inte läses: namn som inte är kanoniska BCP 47-taggar (de-de, nb_NO) eller inte är språk (norsk). Slutkod 1 så länge en sådan mapp finns kvar.
cli-locales-opt-locales_dir = Katalogmappen.
cli-locales-opt-fix = Byt namn på varje icke-kanonisk mapp till dess kanoniska tagg (nb_NO → nb-NO). En mapp vars kanoniska namn redan finns lämnas som den är och rapporteras med båda namnen.
cli-completions = Skriv kompletteringsskriptet för ett skal (bash, zsh, fish, powershell, elvish) till standardutdata.
cli-completions-opt-shell = Skalet.
cli-man = Skriv manualsidan (roff) till standardutdata, eller med --out en sida per kommando till en mapp.
cli-man-opt-out = Mappen som taskguide.1, taskguide-render.1, … skrivs till.

## Dokumentdiagnostik

diag-unpaired-span = det översatta avsnittet ”{ $id }” saknar engelsk källhalva (sxs-lookup) före nästa par; behålls som text
diag-orphan-source = en engelsk källhalva (sxs-lookup) saknar översatt avsnitt före sig; behålls som text
diag-mismatched-ids = den översatta halvan har id ”{ $target }” men den engelska halvan har ”{ $source }”
diag-stray-close-tag = en bokstavlig </span> här stänger inget som öppnats i den här halvan; läses som text
diag-unterminated-pair = den engelska halvan av ”{ $id }” når aldrig sin avslutande </span></span>; behålls som text
diag-pair-crosses-lines = paret ”{ $id }” sträcker sig över mer än en rad
diag-empty-target = paret ”{ $id }” har en tom översättning
diag-duplicate-id = par-id:t ”{ $id }” har redan använts i det här dokumentet
diag-broken-front-matter = den här raden i front matter är inte ”nyckel: värde” eller ”- post”; behålls ordagrant
diag-unclosed-front-matter = front matter som öppnas här stängs aldrig med ”---”; läses som text
diag-not-utf8 = filen är inte giltig UTF-8 (första ogiltiga byte här)
error-read = det går inte att läsa { $path }: { $reason }

## Kataloger

ftl-error-expected-token = förväntade ”{ $token }”
ftl-error-expected-range = förväntade något av ”{ $range }”
ftl-error-message-without-value = meddelandet ”{ $id }” har inget värde
ftl-error-term-without-value = termen ”-{ $id }” har inget värde
ftl-error-forbidden-callee = endast funktioner, med namn i versaler, kan anropas
ftl-error-missing-default-variant = select-uttrycket har ingen standardvariant (markerad med *)
ftl-error-missing-value = förväntade ett värde
ftl-error-multiple-default-variants = select-uttrycket har mer än en standardvariant
ftl-error-bad-selector = det här uttrycket kan inte välja mellan varianter
ftl-error-term-attribute-as-placeable = ett termattribut kan inte användas som platshållare
ftl-error-unterminated-string = strängliteralen avslutas inte före radens slut
ftl-error-positional-after-named = positionsargument måste komma före namngivna argument
ftl-error-duplicated-argument = det namngivna argumentet ”{ $name }” anges två gånger
ftl-error-unknown-escape = okänd escape-sekvens ”{ $sequence }” (en strängliteral tillåter \\, \", \uXXXX och \UXXXXXX)
ftl-error-invalid-unicode-escape = ogiltig Unicode-escape ”{ $sequence }” (\u tar 4 hexadecimala siffror, \U tar 6)
ftl-error-unbalanced-brace = en avslutande klammerparentes utan en inledande (skriv {"{"}"{"}"}"{"}"} för en bokstavlig klammerparentes)
ftl-error-expected-expression = förväntade ett uttryck: en sträng, ett tal, en variabel eller en referens
ftl-error-expected-literal = förväntade en sträng eller ett tal
ftl-error-duplicate-id = meddelandet ”{ $id }” definieras igen; den första definitionen används
ftl-error-no-value = meddelandet ”{ $id }” har attribut men inget värde
catalog-folder-not-canonical = { $folder } läses inte: en katalogmapp ska ha den kanoniska taggen ”{ $canonical }” som namn (byt namn på den, eller kör taskguide locales --fix)
catalog-folder-not-a-locale = { $folder } läses inte: dess namn är ingen språktagg
catalog-folder-fix-exists = { $from } får inte nytt namn: { $to } finns redan (flytta dess kataloger till { $to } för hand)
catalog-folder-fix-failed = det går inte att byta namn på { $from } till { $to }: { $reason }
catalog-folder-renamed = bytte namn på { $from } till { $to }
locales-none = inga språkmappar i { $dir }

## Rendering och steg

error-no-such-path = { $path } finns inte
error-dir-needs-out = { $path } är en mapp: ange --out MAPP att skriva de renderade dokumenten till
error-write = det går inte att skriva { $path }: { $reason }
render-fallback = { $path }: meddelandet { $id } finns inte på { $wanted }; använde { $used }
render-stale = { $path }: meddelandet { $id } i { $catalog } översattes från annan engelska; dokumentets text användes
    översatt från: { $old }
    engelskan nu: { $new }
render-broken = { $path }: meddelandet { $id } i { $catalog } förstör sitt segment ({ $reason }); dokumentets text användes
render-broken-variable = en variabel { "{" } ${ $name } { "}" } som inget ger ett värde
render-broken-message = en referens till meddelandet { $id }
render-broken-term = en referens till termen { $id }
render-broken-line-break = en radbrytning som avslutar { $block ->
    [heading] rubriken
    [table-cell] tabellcellen
    [list-item] listobjektet
   *[paragraph] stycket
} i förtid
render-broken-cell-split = ett | som delar tabellcellen
render-broken-marker = en { $marker }-markör som inleder ett nytt block
render-broken-duplicate = dess id definieras mer än en gång i katalogen
render-refused = { $catalog } är katalogen för { $found } ({ $found_locale }), inte för { $doc } ({ $locale }); används inte (kopierades den över ett annat dokuments katalog?)
render-state-unreadable = { $reason }; dess katalog användes utan den engelska text den översattes från
render-summary = { $files ->
    [one] { $files } dokument
   *[other] { $files } dokument
}, { $fallbacks ->
    [0] inga reservspråk
    [one] { $fallbacks } reservspråk
   *[other] { $fallbacks } reservspråk
}
steps-labels = etiketter: { $labels }
steps-link = länk: { $text } <{ $url }>
cli-render = Rendera dokument på valfritt språk: enspråkig Markdown, det tvåspråkiga formatet eller HTML.
cli-render-opt-path = Ett dokument eller en mapp: varje *.md under den renderas till samma relativa sökväg under --out.
cli-render-opt-locale = Språket att rendera (valfri BCP 47-tagg: no och nb är nb-NO, nn-NO faller tillbaka på nb-NO, iw är he; traditionell kinesiska faller aldrig tillbaka på förenklad). Standard: varje dokuments eget språk.
cli-render-opt-format = markdown (enspråkig), bilingual (det ursprungliga formatet sida vid sida) eller html.
cli-render-opt-out = Utdatamappen (krävs för en mapp). Utan den skrivs ett enskilt dokument till standardutdata.
cli-render-opt-locales_dir = Katalogmappen: locales/<språk>/<dokument-id>.ftl. Dess meddelanden går före texten i dokumentet.
cli-render-opt-strict = Avsluta med kod 1 om något meddelande faller tillbaka på ett annat språk, är inaktuellt (översatt från annan engelska) eller förstör sitt segment.
cli-render-opt-root = Mappen som dokument-id:n räknas från (ett id är sökvägen under den, utan .md). Standard: den angivna mappen, eller dokumentets egen mapp; använd mappen du importerade från.
cli-steps = Skriv ut ett dokuments steg: nummer, text, etiketter i gränssnittet och länkar, på ett språk.
cli-steps-opt-doc = Dokumentet.
cli-steps-opt-locale = Språket (valfri BCP 47-tagg). Standard: dokumentets eget språk.
cli-steps-opt-format = text för människor, json för program.
cli-steps-opt-locales_dir = Katalogmappen: locales/<språk>/<dokument-id>.ftl.

## Import

import-catalog = { $path }: { $added } tillagda, { $updated } uppdaterade, { $stale } inaktuella, { $obsolete } föråldrade
import-obsolete = föråldrat (behålls; --prune tar bort det): { $id }
import-pruned = föråldrat, borttaget: { $id }
import-stale = inaktuellt (den engelska källan har ändrats): { $id }
import-edited = redigerat i katalogen, behålls: { $id }
import-adopted = det finns ingen uppgift om hur texten skapades; katalogens text behålls (registreras som redigerad): { $id }
import-needed = föråldrat här, behålls eftersom ett annat språks katalog har det: { $id }
import-summary = { $catalogs ->
    [one] { $catalogs } katalog importerad
   *[other] { $catalogs } kataloger importerade
}
import-error-syntax = { $path } har syntaxfel ({ $first }); åtgärda dem innan du importerar igen, så att inget i filen går förlorat
import-error-references = { $path }: { $ids } använder Fluent-referenser (en variabel, ett annat meddelande eller en term) som en dokumentkatalog inte kan lösa upp; åtgärda dem innan du importerar igen, så att nästa import inte gör om dem till text
import-error-no-locale = { $path } anger inget språk (ingen ms.contentlocale i front matter och ingen språkmapp i sökvägen)
import-error-state = det går inte att använda tillståndsfilen { $path }: { $reason }; åtgärda eller ta bort den (katalogens texter behålls då som redigerade)
import-error-case = { $path } och { $other } har id:n som bara skiljer sig i versaler och gemener ({ $id }, { $other_id }); i Windows och macOS skulle de dela en katalog; hoppades över (byt namn på en av dem)
import-error-name = { $path }: dess id { $id } kan inte vara ett filnamn i Windows eller macOS ({ $component }); hoppades över (byt namn på det)
cli-import = Importera tvåspråkiga dokument till Fluent-kataloger: locales/en-US/<dokument-id>.ftl från de engelska halvorna, locales/<språk>/<dokument-id>.ftl från de översatta. Handredigeringar behålls; översättningar vars engelska har ändrats markeras som inaktuella.
cli-import-opt-paths = Dokument eller mappar (varje *.md under dem).
cli-import-opt-locales_dir = Katalogmappen att skriva till.
cli-import-opt-prune = Ta bort meddelanden som inte längre finns i dokumentet (annars rapporteras de bara).
cli-import-opt-format = text för människor, json för program.

## Licenslager

store-error-user-not-found = Det finns ingen användare ”{ $user }” i det här licenslagret. Leta upp inloggningsnamnet med `taskguide store users --search …`.
store-error-unknown-sku = ”{ $sku }” är inte en licens som din organisation har. Se listan med `taskguide store skus` och ange licensen med artikelnummer (till exempel SPE_E3) eller SKU-id.
store-error-usage-location = { $user } har ingen användningsplats, och en licens kan bara tilldelas en användare som har en. Ange den först, till exempel med `taskguide store set-location --user { $user } SE`, eller i guiden.
store-error-no-seats = Det finns inga { $sku }-licenser kvar. Frigör en genom att ta bort den från någon som inte längre behöver den, eller köp fler, och försök sedan igen.
store-error-not-held = { $user } har inte { $sku }, så det finns inget att ta bort.
store-error-inherited = { $user } får { $sku } från gruppen ”{ $group }”, så den kan inte tas bort direkt från användaren. Ta bort användaren från gruppen, eller licensen från gruppen.
store-error-plan-dependency = Tjänstplanen { $plan } behöver { $needed }, som den här ändringen skulle lämna avaktiverad. Låt { $needed } vara aktiverad, eller inaktivera { $plan } också.
store-error-exclusive = Tjänstplanerna { $a } och { $b } kan inte båda vara aktiverade för samma användare. Inaktivera en av dem (SKU:PLAN), eller ta bort den andra licensen i samma kommando.
store-error-invalid-plan = { $sku } har ingen tjänstplan ”{ $plan }”. Se dess tjänstplaner med `taskguide store skus`.
store-error-add-and-remove = { $sku } både läggs till och tas bort i samma ändring. Välj det ena.
store-error-bad-location = ”{ $value }” är ingen landskod. Använd en ISO 3166-kod med två bokstäver, till exempel NO, SE eller US.
store-error-not-initialized = Det finns inget licenslager på { $url } än. Skapa ett med `taskguide store init --demo` (en demoorganisation) eller `taskguide store init`.
store-error-already-initialized = Det finns redan ett licenslager på { $url }. Lägg till --force för att ersätta det; det tar bort dess användare, licenser och journal.
store-error-bad-url = ”{ $url }” är ingen licenslageradress. Använd sqlite:SÖKVÄG, memory:, memory:demo, graph: eller graph:BAS-URL.
store-error-not-a-store = { $path } är inget licenslager för taskguide, eller så är det skadat ({ $detail }). Peka --store på en annan fil, eller flytta undan den här och kör `taskguide store init`.
store-error-newer-schema = { $path } skrevs av en nyare taskguide (lagerversion { $version }). Uppdatera taskguide för att använda det.
store-error-read-only = { $path } är skrivskyddad, så inget ändrades. Gör den skrivbar (chmod u+w) eller välj ett annat licenslager med --store.
store-error-busy = { $path } var låst av ett annat program för länge, så inget ändrades. Försök igen när det är klart.
store-error-storage = Licenslagret misslyckades, så inget ändrades: { $detail }
store-error-entry-not-found = Det finns ingen journalpost { $id }. Se posterna med `taskguide store history`.
store-error-undo-conflict = Post { $id } kan inte ångras: { $user } har ändrats sedan dess. Posten lämnade { $expected }; nu är det { $actual }. Ångra de senare posterna först (se `taskguide store history --user { $user }`).
store-graph-note = Microsoft Graph skulle svara { $status } { $code }: ”{ $message }”
store-init-demo = Skapade ett demolicenslager på { $url }: { $users ->
    [one] { $users } användare
   *[other] { $users } användare
}, { $skus ->
    [one] { $skus } licens
   *[other] { $skus } licenser
}, { $groups ->
    [one] { $groups } grupp
   *[other] { $groups } grupper
}.
store-init-empty = Skapade ett tomt licenslager på { $url }.
store-users-count = { $count ->
    [one] { $count } användare
   *[other] { $count } användare
}
store-history-line = #{ $id }  { $at }  { $actor }  { $user }: { $before } → { $after }  ({ $command })
store-history-count = { $count ->
    [one] { $count } post
   *[other] { $count } poster
}
store-sku-line = { $part } ({ $name }): { $available } av { $total } kvar, { $plans ->
    [one] { $plans } tjänstplan
   *[other] { $plans } tjänstplaner
}
store-change-location = användningsplats { $before } → { $after }
store-change-off = inaktiverade: { $plans }
store-seats-left = { $available } av { $total } kvar
store-unchanged = Ingen ändring: { $user } har redan exakt detta.
store-dry-run = Testkörning: inget ändrades.
store-applied = Klart (journalpost { $id }; `taskguide store undo { $id }` ångrar den).
store-row-ok = ok         { $user }
store-row-unchanged = oförändrad { $user }
store-row-error = fel        { $user }: { $reason }
store-bulk-summary = { $total ->
    [one] { $total } användare
   *[other] { $total } användare
}: { $changed } ändrade, { $unchanged } oförändrade, { $failed } misslyckades.
store-assign-no-user = Ange användaren med --user UPN, eller användarna med --users-from FIL.csv.
store-assign-nothing = Ange vad som ska ändras med --add SKU eller --remove SKU.
store-csv-unreadable = det går inte att läsa { $path }: { $reason }
store-csv-no-column = { $path } har ingen kolumn userPrincipalName (rubrikraden är ”{ $header }”). Lägg till en kolumn med namnet userPrincipalName med ett inloggningsnamn per rad.
store-csv-empty-upn = { $path }, rad { $line }: userPrincipalName är tomt.
store-csv-empty = { $path } innehåller inga användare.
store-csv-fields = { $path }, rad { $line }: { $found ->
    [one] { $found } fält
   *[other] { $found } fält
} där rubrikraden har { $expected }.
store-csv-utf8 = { $path }, rad { $line }: inte giltig UTF-8-text. Spara filen som UTF-8.
cli-store = Skapa och granska licenslagret (användare, licenser, journal), ångra en ändring.
cli-store-opt-store = Licenslagret: sqlite:SÖKVÄG, memory:, memory:demo eller graph: för en Microsoft 365-klientorganisation via Microsoft Graph (annars $TASKGUIDE_STORE; standard: sqlite:$XDG_DATA_HOME/taskguide/licenses.db).
cli-store-opt-actor = Namnet som registreras i journalen (standard: operativsystemets användare).
cli-store-init = Skapa licenslagret: tomt, eller med en demoorganisation med --demo.
cli-store-init-opt-demo = Fyll det med demoorganisationen: 50 användare, 7 licenser, en grupp.
cli-store-init-opt-force = Ersätt ett befintligt licenslager (tar bort dess användare, licenser och journal).
cli-store-users = Lista användare med deras licenser.
cli-store-users-opt-search = Bara användare vars inloggningsnamn eller visningsnamn innehåller TEXT.
cli-store-users-opt-format = Utdataformat: text, eller json med Graphs fältnamn.
cli-store-skus = Lista licenserna (SKU:er) med antal kvar och tjänstplaner.
cli-store-skus-opt-format = Utdataformat: text, eller json med Graphs fältnamn.
cli-store-history = Visa journalen: vem som ändrade vilken användares licenser, när och hur.
cli-store-history-opt-user = Bara den här användarens poster.
cli-store-history-opt-format = Utdataformat: text eller json.
cli-store-undo = Ångra en journalförd ändring, om användaren inte har ändrats sedan dess.
cli-store-undo-opt-id = Journalposten (se `taskguide store history`).
cli-store-undo-opt-dry_run = Visa vad ångrandet skulle göra utan att göra det.
cli-store-set-location = Ange en användares användningsplats (krävs före alla licenser).
cli-store-set-location-opt-user = Användarens inloggningsnamn eller id.
cli-store-set-location-opt-location = Landskod enligt ISO 3166 med två bokstäver, till exempel SE.
cli-assign = Lägg till, uppdatera eller ta bort licenser för en användare eller för användarna i en CSV-fil. Slutkod 1 om licenslagret nekar eller någon rad misslyckas; 2 vid felaktig kommandorad eller CSV-fil (då ändras inget).
cli-assign-opt-store = Licenslagret: sqlite:SÖKVÄG, memory:, memory:demo eller graph: för en Microsoft 365-klientorganisation via Microsoft Graph (annars $TASKGUIDE_STORE; standard: sqlite:$XDG_DATA_HOME/taskguide/licenses.db).
cli-assign-opt-actor = Namnet som registreras i journalen (standard: operativsystemets användare).
cli-assign-opt-user = Användarens inloggningsnamn eller id.
cli-assign-opt-users_from = En CSV-fil med kolumnen userPrincipalName (andra kolumner ignoreras); en resultatrad per användare. Säker att köra igen.
cli-assign-opt-add = SKU[:PLAN,…]: lägg till licensen (med artikelnummer eller id) med de angivna tjänstplanerna inaktiverade; för en licens som användaren har ersätts dess inaktiverade tjänstplaner. Kan upprepas.
cli-assign-opt-remove = Ta bort den här licensen (artikelnummer eller id). Kan upprepas.
cli-assign-opt-dry_run = Kontrollera ändringen och visa den, med antal licenser kvar, utan att göra den.

## Status

status-doc = dokument
status-locale = språk
status-translated = översatta
status-stale = inaktuella
status-missing = saknas
status-machine = maskin
status-edited = redigerade
status-reviewed = granskade
status-stale-message = { $doc } ({ $locale }) { $id } är inaktuellt
    översatt från: { $old }
    engelskan nu: { $new }
status-total = { $locale }: { $translated } översatta, { $stale } inaktuella, { $missing } saknas ({ $percent } %)
status-review-total = { $locale }: { $machine } maskinöversatta, { $edited } redigerade, { $reviewed } granskade
cli-status = Visa, per dokument och språk, hur många meddelanden som är översatta, inaktuella eller saknas.
cli-status-opt-locales_dir = Katalogmappen.
cli-status-opt-format = text för människor, json för program.
import-duplicate-id = { $path } har samma dokument-id ”{ $id }” som { $first } på samma språk; hoppades över (byt namn på en av dem)
store-detail-directory = en katalog, inte en fil

## Guiden
cli-guide = Gå igenom en uppgift steg för steg på ditt språk och utför varje steg mot licenslagret (eller, för ett dokument utan åtgärder, som en checklista). Utan UPPGIFT listas uppgifterna.
cli-guide-opt-task = Uppgiften: ett dokument-id som how-to-assign-a-license-to-a-user, eller sökvägen till ett dokument.
cli-guide-opt-locale = Språket för stegen och guiden (standard: LC_ALL, LC_MESSAGES eller LANG, annars en-US).
cli-guide-opt-store = Licenslagret: sqlite:SÖKVÄG, memory:demo eller graph: för en Microsoft 365-klientorganisation (annars $TASKGUIDE_STORE; standard: sqlite:$XDG_DATA_HOME/taskguide/licenses.db, som skapas med demoorganisationen första gången).
cli-guide-opt-actor = Namnet som registreras i journalen (standard: operativsystemets användare).
cli-guide-opt-answers = Svara från en TOML- eller JSON-fil (user, add, remove, usage_location, confirm) i stället för att fråga, och skriv ut en logg över dialogen. För skript och datorer utan terminal.
cli-guide-opt-dry_run = Visa en granskning av ändringen och stanna innan den tillämpas.
cli-guide-opt-content = Dokumentmappen (content/<språk>/<dokument>.md, content/<dokument>.task.toml).
cli-guide-opt-locales_dir = Katalogmappen (locales/<språk>/<dokument>.ftl).
guide-list = { $count ->
    [one] { $count } uppgift i { $content }:
   *[other] { $count } uppgifter i { $content }:
}
guide-list-guided = guidad mot licenslagret
guide-list-checklist = checklista
guide-list-hint = Starta en med: taskguide guide <UPPGIFT>
guide-no-task = Ingen uppgift ”{ $task }”: det finns ingen fil med det namnet och ingen { $task }.md under { $content }/. Kör `taskguide guide` för att lista uppgifterna.
guide-no-terminal = Guiden behöver en terminal för att ställa sina frågor. Om du vill köra den utan terminal skriver du svaren i en fil och anger den med --answers, till exempel: taskguide guide { $task } --answers answers.toml (fält: user, add, remove, usage_location, confirm).
guide-demo-created = Det fanns inget licenslager än: skapade ett på { $path } med demoorganisationen ({ $users } användare) att öva på.
guide-demo-dir = det går inte att skapa { $path }: { $reason }
guide-terminal-error = terminalen misslyckades: { $reason }
task-bindings-io = det går inte att läsa bindningarna: { $reason }
task-bindings-syntax = ingen giltig bindningsfil: { $reason }
task-bindings-unknown-step = dokumentet har inget steg ”{ $id }” (dess steg: { $known }).
task-bindings-unknown-action = ingen åtgärd heter ”{ $name }” (åtgärderna: { $known }).
wizard-welcome = { $title } – { $steps ->
    [one] { $steps } steg
   *[other] { $steps } steg
}.
wizard-welcome-bound = Jag visar varje steg som artikeln beskriver det och utför det sedan tillsammans med dig i licenslagret { $store }.
wizard-welcome-checklist = Jag visar varje steg som artikeln beskriver det; utför det och tala sedan om för mig att det är klart.
wizard-welcome-dry-run = Testkörning: du ser ändringen, men inget tillämpas.
wizard-keys = Esc går tillbaka ett steg, Ctrl-C avslutar.
wizard-progress = Steg { $current } av { $total }
wizard-step-done = Är du klar med det här steget?
wizard-yes = ja
wizard-no = nej
wizard-yes-words = j, ja, y, yes
wizard-no-words = n, nej, no
wizard-hint-yes = J/n
wizard-hint-no = j/N
wizard-confirm-invalid = Svara j för ja eller n för nej.
wizard-key-back = Esc (tillbaka)
wizard-key-cancel = Ctrl-C (avsluta)
wizard-prompt-left = (lämnad)
wizard-quit-confirm = Vill du avsluta utan att tillämpa ändringen? Inget har ändrats än.
wizard-cancelled = Avbrutet. Inget ändrades i licenslagret.
wizard-checklist-summary = { $done } av { $total } steg klara:
wizard-users-count = Organisationen har { $count ->
    [one] { $count } användare
   *[other] { $count } användare
}; { $unlicensed ->
    [0] alla har en licens.
    [one] { $unlicensed } har ingen licens än.
   *[other] { $unlicensed } har ingen licens än.
}
wizard-no-users = Licenslagret { $store } har inga användare. Skapa demoorganisationen med: taskguide store init --demo
wizard-no-skus = Licenslagret { $store } har inga prenumerationer (SKU:er) att tilldela. Skapa demoorganisationen med: taskguide store init --demo
wizard-needs-user = Det här steget behöver en användare, men ingen har valts: uppgiftens bindningar placerar stegen i fel ordning.
wizard-select-user = Vilken användare?
wizard-select-user-help = Skriv en del av ett namn eller inloggningsnamn för att filtrera, ↑↓ för att flytta, Enter för att välja, Esc för att gå tillbaka.
wizard-user-choice = { $name } <{ $upn }> · { $licenses }
wizard-no-license = ingen licens
wizard-licenses-of = { $name } har de här licenserna:
wizard-licenses-none = { $name } har ingen licens än.
wizard-license-direct = • { $license }
wizard-license-inherited = 🔒 { $license }, från gruppen { $group }
wizard-inherited-note = En licens från en grupp är låst här: om du vill ta bort den tar du bort användaren från gruppen eller ändrar gruppens licenser.
wizard-location = Användningsplats: { $location }
wizard-location-missing = { $name } har ingen användningsplats. Microsoft 365 behöver veta i vilket land användaren arbetar innan en licens kan tilldelas.
wizard-ask-location = I vilket land arbetar { $name }?
wizard-ask-location-help = En landskod med två bokstäver, till exempel SE, NO eller US. Den anges tillsammans med licenserna.
wizard-location-pending = Användningsplatsen { $location } anges tillsammans med licenserna.
wizard-sku-name = { $name } ({ $part })
wizard-sku-choice = { $license } – { $available } av { $total } tillgängliga
wizard-sku-choice-full = { $license } – ingen av { $total } tillgänglig
wizard-edit-licenses = Licenser för { $name }: markera de som ska tilldelas, avmarkera de som ska tas bort.
wizard-edit-help = ↑↓ för att flytta, blanksteg för att markera eller avmarkera, Enter för att fortsätta, Esc för att gå tillbaka. En licens utan lediga platser kan bara förbli markerad om användaren redan har den.
wizard-edit-locked = Från en grupp och därför inte listad: { $licenses }.
wizard-no-seats = { $license } har inga lediga platser. Avmarkera den, eller frigör en plats (ta bort tilldelningen från någon) eller köp fler först.
wizard-nothing-to-change = Inget att ändra: det här är redan licenserna för { $name }.
wizard-review = Ändringen för { $name } <{ $upn }>:
wizard-review-add = + { $license } – { $available } av { $total } tillgängliga efteråt
wizard-review-remove = − { $license } – { $available } av { $total } tillgängliga efteråt
wizard-review-location = användningsplats → { $after }
wizard-dry-run = Testkörning: inget tillämpades.
wizard-confirm = Vill du tillämpa den här ändringen för { $name }?
wizard-declined = Inte tillämpad. Inget ändrades i licenslagret.
wizard-applied = Klart. Ändringen för { $name } är sparad:
wizard-now-has = { $name } har nu: { $licenses }.
wizard-held-from-group = { $license } från gruppen { $group }
wizard-journal = { $count ->
    [one] Journalpost { $ids }; för att ångra den: taskguide store undo { $last }
   *[other] Journalposter { $ids }; för att ångra dem, ångra var och en med början från den sista: taskguide store undo { $last }
}
wizard-fix-plans = Här: behåll bara en av licenserna som innehåller de här tjänstplanerna.
wizard-back-to-step = Tillbaka till steg { $number } för att åtgärda det.
wizard-script-exhausted = skriptet har inget svar kvar för ”{ $field }”.
wizard-script-mismatch = skriptets nästa svar passar inte frågan för ”{ $field }”.
wizard-answers-missing = svarsfilen har inget ”{ $field }”, och guiden behöver det här.
wizard-answers-refused = svaret för ”{ $field }” i svarsfilen nekades: { $reason }
wizard-answer-invalid = ”{ $field }” i svaren: { $reason }
wizard-answer-no-match = ”{ $field }” i svaren: inget matchar ”{ $value }”.
wizard-answer-ambiguous = ”{ $field }” i svaren: ”{ $value }” matchar flera ({ $matches }); ange hela namnet.
wizard-answer-not-checked = ”{ $field }” i svaren: användaren har inget ”{ $value }” att ta bort.
wizard-answers-unreadable = det går inte att läsa svarsfilen { $path }: { $reason }
wizard-answers-bad = svarsfilen { $path } är inte giltig: { $reason }
wizard-answers-not-a-table = svaren måste vara en tabell med fält (user, add, remove, usage_location, confirm).
wizard-answers-unknown-field = okänt fält ”{ $field }” (fälten: { $known }).
wizard-answers-not-text = ”{ $field }” måste vara en text, till exempel "ola.nordmann@contoso-demo.example".
wizard-answers-not-list = ”{ $field }” måste vara en lista med licensers artikelnummer, till exempel ["SPE_E3"].
wizard-answers-not-bool = ”{ $field }” måste vara true eller false.

## Kontroll

label-note = anmärkning
cli-check = Hittar det som är fel i översättningar: länkar, markering, sökvägar i gränssnittet, platshållare, tal, mellanrum och skiljetecken, med plats och åtgärd.
cli-check-opt-paths = Tvåspråkiga dokument, FTL-kataloger eller mappar att kontrollera (standard: content/ och locales/)
cli-check-opt-locale = Kontrollera bara dokument på det här språket (kan upprepas)
cli-check-opt-format = Utdataformat: text för människor, json eller sarif för program och CI
cli-check-opt-allow = Rapportera inte den här koden (kan upprepas)
cli-check-opt-config = Inställningsfil (standard: .taskguide/check.toml, annars taskguide.toml, den första som finns)
check-error-unknown-code = det finns ingen kontrollkod ”{ $code }”; koderna är: { $known }
check-error-no-path = { $path } finns inte
check-error-no-match = inget dokument eller ingen katalog under { $paths } är på { $locales }: inget skulle kontrolleras
check-error-empty-path = { $path } har inga dokument (.md) eller kataloger (.ftl): inget skulle kontrolleras
check-label-source = källa: { $text }
check-label-target = mål: { $text }
check-label-hint = tips: { $text }
check-summary = { $files ->
    [one] { $files } dokument
   *[other] { $files } dokument
}: { $errors ->
    [one] { $errors } fel
   *[other] { $errors } fel
}, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}, { $notes ->
    [one] { $notes } anmärkning
   *[other] { $notes } anmärkningar
}
check-link-mismatch = länkmålet { $dest } finns inte i källan
check-link-broken = länken till { $dest } sträcker sig över flera segment och är trasig i översättningen
check-link-count = källan har { $source ->
    [one] { $source } länk
   *[other] { $source } länkar
}, översättningen { $target }
check-bold-count = källan har { $source } { $source ->
    [one] fetstilt avsnitt
   *[other] fetstilta avsnitt
}, översättningen { $target }
check-emphasis-count = källan har { $source } { $source ->
    [one] kursivt avsnitt
   *[other] kursiva avsnitt
}, översättningen { $target }
check-code-count = källan har { $source } { $source ->
    [one] kodavsnitt
   *[other] kodavsnitt
}, översättningen { $target }
check-breadcrumb = sökvägen { $chain } är trasig: dess steg får bara sammanfogas med ”\>”
check-placeholder = platshållaren { $name } saknas i översättningen
check-number = talet { $number } i källan saknas i översättningen
check-missing-space = en bokstav följer direkt efter en länk eller betoning: ett mellanslag saknas
check-edge-whitespace = { $extra ->
    [yes] översättningen har blanktecken i { $side ->
        [end] slutet
       *[other] början
    } som källan inte har
   *[no] översättningen saknar blanktecknet som källan har i { $side ->
        [end] slutet
       *[other] början
    }
}
check-double-space = två mellanslag i rad
check-end-punctuation = källan slutar med ”{ $source }”, översättningen med ”{ $target }”
check-length-ratio = översättningen är { $percent } % av källans längd: text kan saknas eller ha lagts till
check-bidi-control = det osynliga dubbelriktade styrtecknet { $codepoint } kan ändra ordningen i texten
check-replacement-char = U+FFFD (�) markerar text som gått förlorad vid en teckenuppsättningskonvertering
check-unbalanced-markup = den här { $marker } öppnar eller stänger inget: resten av stycket kan återges felaktigt
check-locale-mismatch = front matter anger { $front }, men dokumentet ligger i mappen { $folder }
check-machine-translated = maskinöversatt (ms.translationtype: MT): inte granskad
check-pairing = problem med parningen av avsnitt
check-hint-link-mismatch = använd källans mål, eller dess /en-us/-sökväg med målspråket
check-hint-link-count = behåll varje [text](mål) från källan, med hakparenteser och parenteser intakta
check-hint-markup-count = markera samma gränssnittsetiketter och termer som källan gör
check-hint-breadcrumb = översätt varje steg inuti dess markering och behåll stegen i ordning: **A** \> **B**
check-hint-placeholder = kopiera platshållare som <email> oförändrade; läsaren ersätter dem
check-hint-number = behåll varje tal; bara dess formatering får följa språket
check-hint-missing-space = lägg till ett mellanslag efter det avslutande ) eller **
check-hint-edge-whitespace = börja och sluta översättningen med samma blanktecken som källan
check-hint-double-space = ersätt de två mellanslagen med ett
check-hint-end-punctuation = avsluta meningen på samma sätt som källan
check-hint-length-ratio = jämför översättningen med källan sats för sats
check-hint-bad-char = ta bort tecknet, eller skriv om texten runt det
check-hint-unbalanced-markup = para ihop varje ** och ` som i källan, eller skriv det som \*\*
check-hint-locale-mismatch = flytta dokumentet till mappen för dess språk, eller rätta ms.contentlocale
check-hint-machine-translated = låt en granskare läsa den och ange sedan ms.translationtype till HT
check-hint-pairing = ge varje översatt avsnitt en engelsk sxs-lookup-halva med samma id
check-missing = det här meddelandet i den engelska katalogen är inte översatt här
check-obsolete = den engelska katalogen har inte längre det här meddelandet
check-empty = översättningen är tom
check-stale = den engelska texten ändrades efter att detta översattes
check-unchanged = översättningen är identisk med den engelska texten
check-variable-parity = översättningens variabler skiljer sig från engelskan: { $missing ->
    [none] {""}
   *[other] saknar { $missing }
}{ $extra ->
    [none] {""}
   *[other] {" "}okända { $extra }
}
check-plural-categories = pluralvalet saknar kategorierna { $missing } för { $locale }
check-hint-ftl = rätta FTL-syntaxen; läsaren hoppar över posten tills dess
check-hint-missing = översätt meddelandet, eller kör taskguide import för att hämta in det
check-hint-obsolete = ta bort meddelandet, eller kör taskguide import med rensning
check-hint-stale = jämför med den nya engelska texten (`taskguide status` visar den gamla och den nya), uppdatera översättningen och importera sedan igen: tillståndsfilen registrerar den engelska text som den nu översätter
check-hint-unchanged = översätt det, eller lista det under unchanged i tabellen [check] i taskguide.toml om det är ett namn
check-hint-variable-parity = använd exakt samma variabler som det engelska meddelandet
check-hint-plural-categories = lägg till en variant för varje kategori som språkets pluralregler använder
check-unknown-variable = översättningen använder variabeln ${ $name }, som inget fyller i: den visas som den är skriven
check-message-reference = översättningen refererar till meddelandet { $id }, som en dokumentkatalog inte kan använda: den visas som den är skriven
check-term-reference = översättningen refererar till termen { $id }, som en dokumentkatalog inte definierar: den visas som den är skriven
check-line-break = { $block ->
    [heading] en radbrytning delar rubriken i två
    [cell] en radbrytning delar tabellraden i två
   *[other] en tom rad delar stycket i två
}
check-table-cell-split = detta | inleder en ny tabellcell: raden får en cell mer än tabellen har
check-block-marker = ”{ $marker }” i början av en rad skapar en lista, rubrik eller ett citat som engelskan inte har
check-hint-reference = ersätt referensen med den text den står för, som i engelskan
check-hint-line-break = håll översättningen på en rad, som engelskan är
check-hint-table-cell-split = skriv | som \| eller formulera om utan det
check-hint-block-marker = slå ihop raden med den före, eller skriv markören med ett omvänt snedstreck (\-, 1\.)

## Graph

graph-error-not-supported = { $url } är en Microsoft Graph-klientorganisation, som inte har ”{ $operation }”: taskguide för ingen journal där och kan inte skapa en klientorganisation. Använd granskningsloggen i administrationscentret för Microsoft 365 för historik, och ett sqlite:- eller memory:-licenslager för att öva.
graph-error-credentials = Det går inte att logga in på Microsoft Graph: ange { $variables } (appregistreringens katalog-id, program-id och klienthemlighet; se README).
graph-error-sign-in = Microsoft nekade appen inloggning ({ $status } { $code }: { $description }). Kontrollera AZURE_TENANT_ID, AZURE_CLIENT_ID och AZURE_CLIENT_SECRET (en hemlighet upphör att gälla; skapa en ny under Certifikat och hemligheter).
graph-error-unauthorized = Microsoft Graph godtog inte appens token, inte ens en ny: { $message } Kontrollera att appen hör till den här klientorganisationen och att AZURE_AUTHORITY_HOST motsvarar molnet.
graph-error-forbidden = Appen får inte göra detta ({ $code }: { $message }). Ge den programbehörigheterna LicenseAssignment.ReadWrite.All och User.ReadWrite.All och bevilja administratörsmedgivande; `taskguide store check` talar om vad som saknas.
graph-error-throttled = Microsoft Graph är upptaget och svarade { $status } på alla { $attempts } försök, så detta gjordes inte. Försök igen om några minuter; en masskörning kan startas om utan risk.
graph-error-network = Det går inte att nå { $host }: { $detail }. Kontrollera nätverksanslutningen, proxyn och adressen i --store.
graph-error-timeout = { $host } svarade inte i tid, så inget mer skickades. Kontrollera nätverksanslutningen och försök sedan igen.
graph-error-unexpected = Microsoft Graph svarade { $status } { $code }: { $message }
graph-error-bad-response = Microsoft Graph skickade ett svar som taskguide inte förstår ({ $detail }). Kontrollera att --store pekar på Microsoft Graph v1.0.
graph-check-sign-in = Inloggning med klientautentiseringsuppgifterna
graph-check-skus = Läser licenserna (prenumererade SKU:er)
graph-check-users = Läser användare
graph-check-ok = ✓ { $what }: ok ({ $count })
graph-check-error = ✗ { $what }: { $reason }
graph-check-need-licenses = Ge appen programbehörigheten LicenseAssignment.ReadWrite.All och bevilja administratörsmedgivande.
graph-check-need-users = Ge appen programbehörigheten User.ReadWrite.All och bevilja administratörsmedgivande.
graph-check-ready = { $url } är klart att använda.
graph-check-failed = { $failed } av { $total } kontroller misslyckades.
cli-store-check = Kontrollera att licenslagret kan användas: för graph: logga in och läs licenser och användare, och tala om vilken behörighet som saknas.
graph-error-permissions = Appen kan läsa men inte göra alla ändringar: lägg till programbehörigheterna { $permissions } i appregistreringen (API-behörigheter → Microsoft Graph → Programbehörigheter) och bevilja administratörsmedgivande, och logga sedan in igen.
graph-check-permissions = Behörigheter att göra ändringar

## ship: inbyggt innehåll, varifrån det kommer, --version, store --where
guide-origin-builtin = inbyggt
guide-origin-env = { $path } ($TASKGUIDE_CONTENT)
guide-origin-cwd = { $path } (arbetsmappen)
guide-origin-option = { $path } (--content)
guide-list-sources = { $count ->
    [one] { $count } uppgift (från { $sources }; en senare källa åsidosätter en tidigare):
   *[other] { $count } uppgifter (från { $sources }; en senare källa åsidosätter en tidigare):
}
guide-list-from = källa: { $origin }
guide-list-overrides = källa: { $origin }, åsidosätter { $under }
guide-override = Uppgift { $task }: använder { $path }, som åsidosätter uppgiften med samma id från { $under }.
guide-no-task-in = Ingen uppgift ”{ $task }”: det finns varken en fil med det namnet eller ett dokument { $task } i { $sources }. Kör `taskguide guide` för att lista uppgifterna.
cli-version-content = inbyggt innehåll: { $count ->
    [one] { $count } uppgift
   *[other] { $count } uppgifter
} på { $locales } (fingeravtryck { $fingerprint })
cli-store-opt-where = Visa var taskguide har sina filer (licenslagret, datamappen, innehålls- och katalogmapparna) och avsluta.
where-store = licenslager: { $url } (från { $source })
where-source-default = standardvärdet
where-data = datamapp: { $path } ({ $state })
where-exists = finns
where-missing = inte skapad än
where-content = uppgifter: { $sources } (en senare källa åsidosätter en tidigare)
where-locales = kataloger: { $path }

## i18na: tillgängligt läge (guide --accessible, TASKGUIDE_ACCESSIBLE=1)

cli-guide-opt-accessible = Tillgängligt läge för skärmläsare (även TASKGUIDE_ACCESSIBLE=1): varje fråga som rena textrader, valen numrerade och valda med nummer eller genom att skriva en del av ett namn, besvarade rad för rad; inga omritningar, markörförflyttningar, snurror eller färger.
accessible-intro = Tillgängligt läge: varje fråga skrivs som ren text. Svara med ett nummer eller en del av ett namn och tryck sedan på Retur. Skriv ”tillbaka” för att gå tillbaka ett steg, ”avsluta” för att avsluta.
accessible-back-words = tillbaka, back
accessible-quit-words = avsluta, quit
accessible-choice = { $number }. { $label }
accessible-multi-choice = { $number }. { $label } – { $state }
accessible-choose = Skriv ett nummer från 1 till { $count }, eller en del av ett namn, och tryck sedan på Retur:
accessible-chosen = Valt: { $label }
accessible-matches = { $count ->
    [one] { $count } val matchar ”{ $text }”:
   *[other] { $count } val matchar ”{ $text }”:
}
accessible-no-match = Inget matchar ”{ $text }”. Skriv ett nummer från 1 till { $count }, eller en annan del av ett namn.
accessible-out-of-range = Det finns inget val { $number }. Skriv ett nummer från 1 till { $count }.
accessible-checked = markerad
accessible-unchecked = inte markerad
accessible-multi-help = Om du vill markera eller avmarkera val skriver du deras nummer åtskilda med mellanslag (till exempel: 1 3), eller en del av ett namn. När du är klar trycker du på Retur på en tom rad.
accessible-multi-ask = Nummer att markera eller avmarkera, eller Retur för att slutföra:
accessible-toggled-on = Markerad: { $label }
accessible-toggled-off = Avmarkerad: { $label }
accessible-blocked = { $label } kan inte markeras: { $reason }
accessible-now-checked = Markerade nu: { $labels }
accessible-none-checked = Inget är markerat nu.
accessible-confirm-ask = Skriv { $yes } eller { $no } och tryck sedan på Retur (bara Retur betyder { $default }):
accessible-text-ask = Skriv ditt svar och tryck sedan på Retur:
accessible-answered = Svar: { $answer }
accessible-problem = Problem: { $text }
accessible-progress = Förlopp: { $percent } % ({ $done } av { $total })
accessible-row = Rad { $number } av { $total }:
accessible-cell = { $label }: { $value }

## login: logga in som dig själv (delegerat), tokencachen, Graphs säkerhetsvägranden
cli-login = Logga in på Microsoft Graph som dig själv, med din egen appregistrering (en offentlig klient: AZURE_CLIENT_ID eller --client-id, ”Tillåt offentliga klientflöden” på). Öppnar webbläsaren (auktoriseringskod med PKCE, omdirigering till http://localhost); över SSH, utan skärm eller med --device-code skriver den ut en kod att skriva in på en annan enhet. Begär de delegerade behörigheterna LicenseAssignment.Read.All (läsa de prenumererade licenserna), User.ReadWrite.All (läsa användare med deras licenser, ange användningsplats, tilldela licenser) och offline_access (förbli inloggad: en uppdateringstoken). Du behöver rollen licensadministratör eller användaradministratör. Uppdateringstoken sparas i operativsystemets autentiseringsarkiv, annars i en fil som bara du kan läsa ($TASKGUIDE_TOKEN_STORE=file|keyring väljer).
cli-login-opt-device_code = Logga in med en enhetskod, i en webbläsare på valfri enhet, i stället för den här datorns webbläsare.
cli-login-opt-client_id = Program-id (klient-id) för din appregistrering (annars $AZURE_CLIENT_ID).
cli-login-opt-tenant = Katalog-id (klientorganisations-id) eller domän (annars $AZURE_TENANT_ID, annars organizations: klientorganisationen för kontot du loggar in med).
cli-login-opt-status = Visa vem som är inloggad, var, med vilka behörigheter och till när, i stället för att logga in. Visar aldrig en token.
cli-login-opt-store = graph:-licenslagret att logga in för; dess värd avgör molnet (US Government, Kina) om inte AZURE_AUTHORITY_HOST är angiven (annars $TASKGUIDE_STORE, annars graph:).
cli-login-opt-format = text för människor, json för program.
cli-whoami = Visa vem som är inloggad (samma som login --status).
cli-whoami-opt-format = text för människor, json för program.
cli-logout = Logga ut: ta bort den sparade inloggningen (uppdateringstoken och konto) från operativsystemets autentiseringsarkiv och filen.
signin-error-no-client-id = Ingen appregistrering att logga in med: ange AZURE_CLIENT_ID eller använd --client-id (program-id för din appregistrering, med ”Tillåt offentliga klientflöden” på; se README, ”Sign in as yourself”).
signin-error-not-signed-in = Ingen är inloggad på Microsoft Graph. Kör `taskguide login` (eller `taskguide login --device-code`), eller ange AZURE_CLIENT_SECRET med AZURE_TENANT_ID och AZURE_CLIENT_ID för en app.
signin-error-session-expired = Den sparade inloggningen godtas inte längre ({ $code }: { $description }); den har återkallats eller gått ut. Kör `taskguide login` igen.
signin-error-declined = Inloggningen avböjdes, så du är inte inloggad. Kör `taskguide login` igen för att försöka på nytt.
signin-error-expired = Inloggningskoden gick ut innan inloggningen var klar. Kör `taskguide login` igen och slutför inom den tid som visas.
signin-error-bad-code = Microsoft kände inte igen koden. Kör `taskguide login --device-code` igen och skriv in den nya koden exakt.
signin-error-cancelled = Inloggningen avbröts; ingenting sparades.
signin-error-no-browser = Ingen webbläsare kunde öppnas. Använd `taskguide login --device-code`.
signin-error-state = Webbläsarens svar hörde inte till den här inloggningen, så det ignorerades. Kör `taskguide login` igen.
signin-error-loopback = Den lokala inloggningslyssnaren misslyckades ({ $detail }). Använd `taskguide login --device-code`.
signin-error-no-refresh-token = Microsoft gav ingen uppdateringstoken, så inloggningen kan inte sparas. Kontrollera att appregistreringen får begära offline_access och logga sedan in igen.
signin-error-cache = Inloggningen kunde inte sparas eller läsas i { $path }: { $detail }. Kör `taskguide logout` och sedan `taskguide login`.
graph-error-foreign-link = Microsoft Graph hänvisade till { $origin }, som inte är den konfigurerade Graph-värden; länken följdes inte, och ingen token skickades dit. Kontrollera adressen i --store och eventuell proxy.
graph-error-missing-role = Du är inloggad, men du har ingen av de katalogroller som får tilldela licenser. Be en administratör om { $roles } (administrationscentret för Microsoft Entra → Roller och administratörer) och logga sedan in igen.
graph-check-roles = Din katalogroll för att tilldela licenser
signin-done = Inloggad som { $user } (klientorganisation { $tenant }).
signin-logged-out = Utloggad: den sparade inloggningen togs bort.
signin-status-none = Ingen är inloggad. Kör `taskguide login`.
signin-status-no-role = ingen som får tilldela licenser
signin-status = Inloggad som { $user }
      klientorganisation: { $tenant } ({ $authority })
      app: { $client }
      behörigheter: { $scopes }
      licensroller: { $roles }
      kan användas till: { $until } (förnyas vid varje användning)
      sparad i: { $place }
signin-place-keyring = operativsystemets autentiseringsarkiv
signin-browser = Öppnar webbläsaren för inloggning. Om den inte öppnas går du till: { $url }
signin-browser-done = Inloggad i taskguide. Du kan stänga det här fönstret.
signin-device-code = Logga in genom att öppna { $uri } i en webbläsare och ange koden { $code }.
signin-file-warning = Varning: inget autentiseringsarkiv i operativsystemet svarade; inloggningen sparas i { $path } (läsbar bara för dig).
signin-offer = Logga in på Microsoft Graph nu?
wizard-search-user = Sök efter användaren (en del av namnet eller inloggningsnamnet):
wizard-search-user-help = Katalogen genomsöks medan du skriver; Enter på en tom rad listar de första användarna.
wizard-search-none = Ingen användare matchar ”{ $filter }”. Försök med en del av namnet eller inloggningsnamnet.
signin-check-need-licenses = Lägg till den delegerade behörigheten LicenseAssignment.Read.All i din appregistrering (API-behörigheter → Microsoft Graph → Delegerade behörigheter), ge medgivande och kör sedan `taskguide login` igen.
signin-check-need-users = Lägg till den delegerade behörigheten User.ReadWrite.All i din appregistrering, ge medgivande och kör sedan `taskguide login` igen; du behöver också rollen licensadministratör eller användaradministratör.

## site: den statiska lokaliserade hjälpwebbplatsen (taskguide site)
cli-site = Bygg den statiska lokaliserade hjälpwebbplatsen: varje dokument på varje språk, en språkväljare, engelska vid behov, maskinöversättning markerad, sökning; bara ändrade sidor skrivs om.
cli-site-opt-paths = Mappar med dokument (standard: content). Ett dokuments id är dess sökväg under mappen, utan .md och utan en inledande språkmapp.
cli-site-opt-locales_dir = Katalogmappen: locales/<språk>/<dokument-id>.ftl. Dess meddelanden går före texten i dokumenten.
cli-site-opt-locale = Ett språk att bygga (kan upprepas). Standard: varje språk som har dokument eller kataloger, och en-US.
cli-site-opt-out = Utdatamappen: <språk>/<dokument-id>.html, en översikt och en sökning per språk, index.html, och sitemap.xml med --base-url.
cli-site-opt-theme = En mapp med temafiler (base.html, page.html, index.html, search.html, root.html, sitemap.xml, site.css, site.js) som ersätter de inbyggda med samma namn.
cli-site-opt-check = Skriv ingenting: lista filerna som skulle skrivas eller tas bort, och avsluta med kod 1 om det finns några (för CI).
cli-site-opt-base_url = Webbplatsens offentliga adress (https://help.example.com/docs), för sitemap.xml, där adresserna måste vara absoluta: utan den skrivs ingen sitemap.xml.
cli-site-opt-link_base = Vart dokumentens länkar som börjar med / leder (deras ursprungliga webbplats, t.ex. https://learn.microsoft.com); utan den visas de som text, inte som trasiga länkar.
site-summary = { $pages } sidor på { $locales } språk: { $written } filer skrivna, { $removed } borttagna, { $unchanged } sidor oförändrade, { $fallbacks } segment inte på sidans språk, { $dead } länkar eller bilder utan mål visade som text. Webbplats: { $out }
site-check-write = skulle skriva { $path }
site-check-remove = skulle ta bort { $path }
site-error-theme = kan inte läsa temat { $path }: { $reason }
site-error-template = { $path }:{ $line }: fel i mallen: { $reason }
site-skip = Hoppa till artikeln
site-home = Alla artiklar
site-language = Språk
site-search = Sök
site-search-label = Sök i artiklarna
site-search-none = Inga artiklar matchar.
site-search-count = { $count ->
    [one] { $count } artikel matchar.
   *[other] { $count } artiklar matchar.
}
site-search-noscript = Sökningen kräver JavaScript; listan över alla artiklar fungerar utan det.
site-show-english = Visa det engelska originalet
site-show-translation = Visa översättningen
site-guided = Guidad uppgift
site-step-done = Klart: steg
site-index-title = Artiklar
site-mt-banner = Den här artikeln har maskinöversatts och kan innehålla fel.
site-mt-link = Läs det engelska originalet
site-fallback-badge = Inte översatt: visas på ett annat språk
site-stale-badge = Översättningen är äldre än den engelska texten
site-root-title = Välj språk

## tasks: produktuppgifterna i issue 16 (produkter, många användare, tjänstplaner, byten, platser, uppgiftsväljaren)
wizard-products = { $count ->
    [one] En produkt i den här organisationen:
   *[other] { $count } produkter i den här organisationen:
}
wizard-product-line = { $license } – { $assigned } tilldelade, { $available } av { $total } tillgängliga
wizard-product-suspended = inaktiverad: { $count } platser kan inte tilldelas förrän prenumerationen är betald
wizard-product-warning = i varningsläge: { $count } platser upphör om prenumerationen inte förnyas
wizard-select-product = Vilken produkt?
wizard-select-product-help = Skriv för att filtrera, ↑↓ för att flytta, Enter för att välja, Esc för att gå tillbaka.
wizard-needs-product = Ingen produkt är vald än: den här uppgiften behöver ett steg med select-product före det här.
wizard-select-users = Användare som ska få { $license } (högst { $max } åt gången):
wizard-select-users-help = Skriv för att filtrera, blanksteg för att lägga till eller ta bort, Enter för att fortsätta, Esc för att gå tillbaka. { $seats }
wizard-seats-left = { $left } av { $available } kvar efter dessa
wizard-seats-short = { $license } har bara { $available } lediga platser kvar: ta bort några användare, eller köp fler licenser först.
wizard-users-max = Högst { $max } användare åt gången, som i administrationscentret.
wizard-users-none = Ingen användare är vald: välj minst en.
wizard-user-has-product = har redan { $license }
wizard-user-no-location = ingen användningsplats
wizard-batch-user = { $name } <{ $upn }>
wizard-batch-location-missing = { $count ->
    [one] En av de här användarna har ingen användningsplats: { $names }. En licens kräver en; den anges tillsammans med licensen.
   *[other] { $count } av de här användarna har ingen användningsplats: { $names }. En licens kräver en; den anges tillsammans med licensen.
}
wizard-batch-ask-location = { $count ->
    [one] Användningsplats för den här användaren
   *[other] Användningsplats för de här { $count } användarna
}
wizard-plan-rules = Så här beror apparna och tjänsterna i { $license } av varandra:
wizard-plan-needs = { $plan } kräver { $needs }
wizard-plan-excludes = { $plan } kan inte vara aktiverad samtidigt som { $other }
wizard-choose-plans = Appar och tjänster i { $license }: avmarkera de som ska inaktiveras.
wizard-choose-plans-help = ↑↓ för att flytta, blanksteg för att aktivera eller inaktivera, Enter för att fortsätta, Esc för att gå tillbaka.
wizard-plan-choice = { $plan } ({ $name })
wizard-plan-needs-off = { $plan } kräver { $needs }, som du har inaktiverat: aktivera den igen, eller inaktivera även { $plan }.
wizard-plans-off = Inaktiverade: { $plans }
wizard-plans-all-on = Alla appar och tjänster förblir aktiverade.
wizard-review-batch = { $count ->
    [one] Tilldela { $license } till en användare:
   *[other] Tilldela { $license } till { $count } användare:
}
wizard-batch-seats = { $license } – { $available } av { $total } tillgängliga efteråt
wizard-batch-short = { $license } har { $available } lediga platser kvar, men de här användarna behöver { $needed }. Inget ändrades: ta bort några användare, eller köp fler licenser först.
wizard-confirm-batch = { $count ->
    [one] Vill du tilldela { $license } till den här användaren?
   *[other] Vill du tilldela { $license } till de här { $count } användarna?
}
wizard-batch-ok = ✓ { $name } <{ $upn }>
wizard-batch-failed = ✗ { $name } <{ $upn }>: { $reason }
wizard-batch-not-run = inte utfört: licenslagret stoppade före den här användaren.
wizard-batch-done = { $ok } av { $total } användare ändrade:
wizard-batch-partial = { $failed ->
    [one] En användare ändrades inte (orsaken står ovan); de andra ändrades, och journalen innehåller exakt deras ändringar.
   *[other] { $failed } användare ändrades inte (orsakerna står ovan); de andra ändrades, och journalen innehåller exakt deras ändringar.
}
wizard-seats-before-after = { $license }: före { $before_available } av { $before_total } tillgängliga, nu { $available } av { $total }
wizard-swap-from = Från vilken produkt ska användare flyttas?
wizard-swap-to = Till vilken produkt?
wizard-swap-users = Användare av { $from } som ska flyttas till { $to }:
wizard-swap-none-hold = Ingen har en produkt direkt tilldelad: det finns ingen att flytta.
wizard-review-swap = { $count ->
    [one] Flytta en användare från { $from } till { $to }, i en ändring (den nya licensen läggs till och den gamla tas bort samtidigt, så användaren är aldrig utan postlåda):
   *[other] Flytta { $count } användare från { $from } till { $to }, en ändring per användare (den nya licensen läggs till och den gamla tas bort samtidigt, så ingen blir utan postlåda):
}
wizard-confirm-swap = { $count ->
    [one] Vill du flytta den här användaren?
   *[other] Vill du flytta de här { $count } användarna?
}
guide-pick-task = Vilken uppgift?
guide-pick-task-help = Skriv för att filtrera, ↑↓ för att flytta, Enter för att starta, Esc för att lämna.

## exchange: XLIFF och PO för översättare och leverantörer, ordräkning, översättningsminne
cli-export = Exportera de meddelanden ett språk behöver för översättare och leverantörer: XLIFF 2.1 (en fil) eller gettext PO (en fil per dokument), med engelskan, den aktuella översättningen och dess status, platsen i dokumentet, den tidigare engelskan för inaktuella meddelanden och förslag från översättningsminnet; eller språkets översättningsminne som TMX.
cli-export-opt-locale = Språket att översätta till.
cli-export-opt-what = Vilka meddelanden: missing (saknas), stale (inaktuella), machine (maskinöversatta eller återanvända), all (alla); flera avgränsade med kommatecken.
cli-export-opt-file_format = xliff (XLIFF 2.1), po (gettext PO, en fil per dokument i mappen --out) eller tmx (översättningsminnet).
cli-export-opt-docs = Dokument-id:n eller mappar med id:n (AlchemyInsights/x, AlchemyInsights); inga: alla dokument.
cli-export-opt-out = Filen att skriva (XLIFF, TMX) eller mappen (PO).
cli-export-opt-locales_dir = Katalogmappen.
cli-export-opt-tm = En TMX-fil vars översättningar läggs till i översättningsminnet (kan upprepas).
cli-export-opt-matches = Hur många förslag från översättningsminnet som ges per meddelande som saknas eller är inaktuellt (0: inga).
cli-export-opt-report = text för människor, json för program.
cli-import-translations = För tillbaka översatta XLIFF- eller PO-filer till katalogerna. En enhet vars engelska har ändrats eller vars inbäddade koder eller platshållare skiljer sig från engelskan avvisas med sin fil:rad:kolumn; XLIFF final eller ett PO-meddelande med kommentaren ”# reviewed” registreras som granskat, andra ändringar som redigerade; inget annat rörs.
cli-import-translations-opt-files = XLIFF-filer (.xlf) eller PO-filer (.po), som taskguide export har exporterat dem.
cli-import-translations-opt-locales_dir = Katalogmappen att skriva till.
cli-import-translations-opt-format = text för människor, json för program.
cli-leverage = Fyll ett språks saknade meddelanden från exakta träffar på deras engelska på andra ställen (språkets andra meddelanden och dokument, och angivna TMX-filer), markerade som återanvända eller maskinöversatta, aldrig granskade.
cli-leverage-opt-locale = Språket att fylla.
cli-leverage-opt-docs = Dokument-id:n eller mappar med id:n; inga: alla dokument.
cli-leverage-opt-locales_dir = Katalogmappen.
cli-leverage-opt-tm = En TMX-fil att fylla översättningsminnet med (kan upprepas).
cli-leverage-opt-mark = Hur de ifyllda meddelandena markeras: leveraged (återanvända) eller machine (maskinöversatta; en ny import kan ersätta dem med dokumentets översättning).
cli-leverage-opt-dry_run = Räkna vad som skulle fyllas i utan att skriva något.
cli-leverage-opt-format = text för människor, json för program.
cli-status-opt-words = Räkna ord så som leverantörer gör offerter: per språk och dokument, nya ord, ord i inaktuella meddelanden, upprepningar, 100 %-träffar och fuzzy-intervall i översättningsminnet.
cli-status-opt-what = Med --words: vilka meddelanden som ska räknas (missing, stale, machine, all).
cli-status-opt-locale = Bara det här språket (kan upprepas).
cli-status-opt-tm = Med --words: en TMX-fil som läggs till i översättningsminnet (kan upprepas).
exchange-error-catalog-syntax = { $path } har syntaxfel, så den lämnades som den var: { $first }
exchange-error-references = { $path } har Fluent-referenser ({"{"} $variable {"}"}, {"{"} -term {"}"}); att skriva om den skulle göra dem till text, så den lämnades som den var.
exchange-error-file = { $place }: det här är inte en fil som taskguide kan läsa: { $reason }
exchange-refused-unknown-document = språket har ingen katalog för det här dokumentet
exchange-refused-unknown-message = dokumentet har inget sådant meddelande
exchange-refused-english-changed = engelskan har ändrats sedan filen skapades; exportera igen och översätt: { $current }
exchange-refused-unknown-code = den inbäddade koden { $id } är inte en av enhetens koder
exchange-refused-codes = de inbäddade koderna eller platshållarna skiljer sig från engelskan (saknas: { $missing }; inte i engelskan: { $extra })
exchange-no-document = inget dokument matchar { $doc }
export-done = { $units } meddelanden från { $documents } dokument skrivna till { $out } ({ $files } filer)
import-translations-refused = { $doc } { $id } togs inte in: { $reason }
import-translations-doc = { $doc }: { $added } tillagda, { $updated } uppdaterade, { $state } med ny granskningsstatus
import-translations-summary = { $messages } meddelanden ändrade i { $catalogs } kataloger; { $unchanged } oförändrade, { $refused } avvisade, { $untaken } inte bekräftade eller tomma
leverage-doc = { $doc }: { $count } ifyllda
leverage-summary = { $locale }: { $filled } av { $missing } saknade meddelanden ifyllda från exakta träffar (markerade { $mark }); { $fuzzy } till har bara ungefärliga träffar, { $none } ingen träff
words-total = ord
words-new = nya
words-repetition = upprepade
words-all-documents = (alla dokument)
words-counting = Ord: Unicode-ordgränser utan markering, URL:er eller kod; han, kana, thai, lao, khmer och myanmar räknas per tecken.

## check: översättningskontroll i alla skriftsystem (issue 14)
check-blank-translation = översättningen är tom eller består bara av blanktecken
check-untranslated = engelska har lämnats oöversatt: ”{ $text }”
check-empty-link-text = länken till { $dest } har ingen text: det finns inget att klicka på
check-url-altered = URL:en { $url } har ändrats: mellanslag eller översatta ord i den
check-do-not-translate = ”{ $term }” måste stå oförändrat i översättningen
check-term-mismatch = ordlistan översätter ”{ $source }” med ”{ $target }”, som översättningen inte använder
check-inconsistent-translation = samma engelska text är översatt på olika sätt: { $variants }
check-inconsistent-source = samma översättning används för olika engelska texter: { $variants }
check-repeated-word = ordet ”{ $word }” upprepas
check-unpaired-bracket = ”{ $bracket }” öppnar eller stänger ingenting
check-alphanumeric-mismatch = ”{ $token }” i källan saknas i översättningen
check-hint-blank-translation = översätt texten, eller kopiera källan om den måste stå kvar som den är
check-hint-untranslated = översätt engelskan, eller tillåt koden för det här meddelandet om det måste förbli engelska
check-hint-empty-link-text = skriv länktexten mellan hakparenteserna: [text](mål)
check-hint-url-altered = kopiera URL:en exakt som källan har den, utan mellanslag och med oförändrade platshållare
check-hint-do-not-translate = skriv produktnamnet exakt som i källan, med latinska siffror
check-hint-term-mismatch = använd ordlistans översättning av termen
check-hint-inconsistent-translation = välj en översättning och använd den överallt, eller tillåt koden där sammanhanget skiljer sig
check-hint-inconsistent-source = kontrollera att varje engelsk text översätts för sig; använd olika översättningar där betydelsen skiljer sig
check-hint-repeated-word = ta bort det upprepade ordet
check-hint-unpaired-bracket = stäng varje parentes och citattecken som översättningen öppnar, som källan gör
check-hint-alphanumeric-mismatch = kopiera koder, SKU:er, felnummer och KB-nummer exakt som i källan
check-summary-locale = { $locale }: { $counts }
check-html-title = Översättningskontroll
check-html-summary = Resultat per kod och språk
check-html-code = kod
check-html-place = plats
check-html-message = meddelande
check-html-source = källa
check-html-target = översättning
check-glossary-error = { $path }:{ $line }:{ $col }: { $reason ->
    [columns] en ordlisterad behöver källa och mål (source,target,locale,note)
    [empty] käll- eller måltermen är tom
    [header] första raden måste vara rubrikraden source,target,locale,note
    [csv] CSV-filen kan inte läsas: { $detail }
    [xml] TBX-filen kan inte läsas: { $detail }
   *[other] { $detail }
}
cli-check-opt-glossary = Ordlista (TBX, eller CSV med source,target,locale,note) vars termer översättningarna måste använda (kan upprepas)

## leavers: ta bort användare (mjuk borttagning, återställning i 30 dagar), `store deleted`, `store restore`
store-error-not-supported = Arkivet { $url } kan inte { $operation ->
        [delete] ta bort
        [restore] återställa
       *[other] visa borttagna
    } användare. Borttagning, lista över borttagna användare och återställning fungerar på SQLite-, minnes- och Microsoft Graph-arkiv.
store-error-deleted-not-found = Det finns ingen borttagen användare ”{ $user }” att återställa: den togs aldrig bort, är redan tillbaka eller togs bort för mer än 30 dagar sedan (då är den borta för gott). Se `taskguide store deleted`.
store-error-delete-denied = Microsoft Graph vägrade att { $operation ->
        [delete] ta bort
        [restore] återställa
       *[other] ändra
    } { $user }: ”{ $message }” Att ta bort och återställa användare kräver rollen Användaradministratör (eller Administratör för privilegierad autentisering) och behörigheten User.ReadWrite.All; en Licensadministratör kan tilldela licenser men inte ta bort användare. Fråga någon som har rollen, eller be att få den, och försök igen.
cli-store-deleted = Visa de borttagna användare som fortfarande kan återställas (30 dagar), med licenserna de hade.
cli-store-deleted-opt-format = Utdataformat: text (en tabell) eller json med Graphs fältnamn.
cli-store-restore = Återställ en borttagen användare med dess licenser och grupper (slutkod 1 om det inte finns någon att återställa).
cli-store-restore-opt-user = Den borttagna användarens inloggningsnamn eller id (se `taskguide store deleted`).
cli-store-restore-opt-dry_run = Visa vad återställningen skulle ta tillbaka, utan att göra det.
store-deleted-none = Inga borttagna användare: ingen har tagits bort de senaste 30 dagarna.
store-deleted-col-user = Användare
store-deleted-col-deleted = Borttagen
store-deleted-col-until = Kan återställas till
store-deleted-col-licenses = Licenser den hade
store-deleted-count = { $count ->
    [one] En borttagen användare; återställ den med `taskguide store restore <UPN>`.
   *[other] { $count } borttagna användare; återställ en med `taskguide store restore <UPN>`.
}
store-restore-over-seats = Återställd med alla licenser den hade, som Microsoft 365 gör, men { $licenses } har nu fler användare än licenser: ta bort en licens från någon, eller köp fler.
wizard-delete-pick = Användare att ta bort (upp till { $max } åt gången):
wizard-delete-pick-help = Skriv för att filtrera, blanksteg för att välja eller släppa, Enter när du är klar, Esc för att gå tillbaka.
wizard-delete-review = { $count ->
    [one] Den här användaren tas bort och förlorar dessa licenser:
   *[other] Dessa { $count } användare tas bort och förlorar dessa licenser:
}
wizard-delete-loses = • { $name } <{ $upn }>: { $licenses }
wizard-delete-seats = Lediga licenser efteråt:
wizard-delete-seat-line = { $license }: { $available } av { $total } tillgängliga
wizard-delete-restorable = En borttagen användare kan återställas i 30 dagar, med sina licenser: `taskguide store restore <UPN>`, eller ångra journalposten.
wizard-delete-dry-run = { $count ->
    [one] Testkörning: den här användaren skulle tas bort. Inget togs bort.
   *[other] Testkörning: dessa { $count } användare skulle tas bort. Inget togs bort.
}
wizard-delete-type-upn = Skriv inloggningsnamnet { $upn } för att ta bort:
wizard-delete-type-count = { $count ->
    [one] Skriv antalet användare för att ta bort: 1
   *[other] Skriv hur många användarna är ({ $count }) för att ta bort dem:
}
wizard-delete-type-help = När du skriver det är du säker på att rätt användare försvinner. Esc för att gå tillbaka.
wizard-delete-type-empty = Skriv det för att ta bort, eller tryck på Esc för att gå tillbaka.
wizard-delete-mismatch-upn = Du skrev ”{ $typed }”, inte { $upn }: inget togs bort.
wizard-delete-mismatch-count = Du skrev ”{ $typed }”, men { $count } användare är valda: inget togs bort. Kontrollera vilka som är valda och skriv antalet.
wizard-delete-col-user = Användare
wizard-delete-col-freed = Frigjorda licenser
wizard-delete-col-result = Resultat
wizard-delete-ok = ✓ borttagen (kan återställas i 30 dagar)
wizard-delete-failed = ✗ inte borttagen: { $reason }
wizard-delete-done = { $ok } av { $total } användare borttagna:
wizard-delete-journal = { $count ->
    [one] Journalpost { $ids }; för att återställa användaren: taskguide store undo { $last }
   *[other] Journalposter { $ids }; för att återställa en användare, ångra dess post: taskguide store undo { $last }
}
wizard-delete-partial = { $failed ->
    [one] En användare togs inte bort (orsaken står i tabellen); de andra togs bort, och journalen innehåller exakt deras borttagningar.
   *[other] { $failed } användare togs inte bort (orsakerna står i tabellen); de andra togs bort, och journalen innehåller exakt deras borttagningar.
}
store-history-kind = { $kind ->
    [delete] användaren borttagen (kan återställas i 30 dagar)
   *[other] användaren återställd
}
wizard-delete-in-error = (även { $license } från gruppen { $group }: gruppen kunde inte tilldela den, så ingen licens blir ledig)
## tasks: product flows searched on large directories, the live seat count
wizard-search-users = Sök efter användare att lägga till (en del av ett namn eller inloggningsnamn; Enter på en tom rad när du är klar):
wizard-search-users-help = Katalogen genomsöks efter det du skriver; användarna du har markerat förblir markerade.
wizard-search-users-done = Tryck sedan Enter på en tom sökrad för att fortsätta.
wizard-search-users-none = Ingen användare matchar det. Försök med en del av namnet eller inloggningsnamnet.
wizard-seats-now = Licenser: { $line }
## site: the sitemap needs --base-url
site-error-base-url = --base-url { $url } är inte en absolut http- eller https-adress (som https://help.example.com/docs)
site-no-sitemap = obs: ingen sitemap.xml utan --base-url (adresserna i en webbplatskarta måste vara absoluta)
## checkqa: CamelCase-/VERSALORD, fel i kontrollinställningarna med plats
check-cased-word-mismatch = ”{ $word }” i källan saknas i översättningen
check-hint-cased-word-mismatch = behåll namn på produkter, funktioner, inställningar och protokoll (CamelCase, VERSALER) som källan skriver dem, om inte språket har en vedertagen egen form
check-config-error-at = { $path }:{ $line }:{ $col }: ogiltiga kontrollinställningar: { $reason }
check-config-unknown-code-at = { $path }:{ $line }:{ $col }: det finns ingen kontrollkod ”{ $code }”; koderna är: { $known }
## store-err: a group license Microsoft Graph reports in error: Graph's error code, then the state in words
store-license-group-problem = { $group } ⚠ { $error } ({ $state ->
        [Error] Fel
        [ActiveWithError] Aktiv med fel
        [Disabled] Inaktiverad
       *[other] Aktiv
    })
