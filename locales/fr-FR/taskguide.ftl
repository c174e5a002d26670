# Messages propres à taskguide, fr-FR. Chaque message ici doit aussi exister dans en-US/taskguide.ftl.
# translation-review: unreviewed
# Not reviewed by a native speaker: translated from en-US by a developer (not a native French speaker),
# with Microsoft 365's French terms (licence, utilisateur, emplacement d’utilisation, abonnement, plan de service).
# Traduction non relue par une personne de langue maternelle française.

## Libellés

label-error = erreur
label-warning = avertissement

## Nombres

count-files = { $count ->
    [one] { $count } fichier
    [many] { $count } de fichiers
   *[other] { $count } fichiers
}

## Erreurs

error-bad-locale = « { $tag } » n’est pas une balise de langue BCP 47 valide (essayez en-US, nb-NO ou sv-SE)
error-unknown-locale = « { $tag } » est bien formée mais ne désigne aucune langue connue (essayez en-US, nb-NO ou sv-SE)
error-write-stdout = impossible d’écrire sur la sortie standard : { $reason }

## Ligne de commande

cli = Transforme des articles d’aide bilingues localisés en catalogues Fluent, en documents localisés et en tâches guidées.
cli-exit-codes = Codes de sortie : 0 réussite ; 1 le travail a échoué (fichiers illisibles ou impossibles à écrire, erreurs trouvées, modification refusée) ; 2 la ligne de commande est incorrecte (option ou valeur inconnue, entrée manquante, balise de langue mal formée).
cli-help-heading-usage = Utilisation
cli-help-heading-options = Options
cli-help-heading-arguments = Arguments
cli-help-heading-commands = Commandes
cli-help-flag = Afficher l’aide
cli-version-flag = Afficher la version
cli-help = Afficher ce message ou l’aide des commandes indiquées
cli-help-opt-subcommand = La commande dont afficher l’aide
cli-default = par défaut : { $value }
cli-possible-values = valeurs possibles : { $values }
cli-locales = Lister les dossiers de langue d’un dossier de catalogues et signaler ceux qui ne sont pas lus : noms qui ne sont pas des balises BCP 47 canoniques (de-de, nb_NO) ou pas des langues (norsk). Code de sortie 1 tant qu’un tel dossier existe.
cli-locales-opt-locales_dir = Le dossier de catalogues.
cli-locales-opt-fix = Renommer chaque dossier non canonique avec sa balise canonique (nb_NO → nb-NO). Un dossier dont le nom canonique existe déjà est laissé tel quel et signalé avec les deux noms.
cli-completions = Écrire le script de complétion d’un shell (bash, zsh, fish, powershell, elvish) sur la sortie standard.
cli-completions-opt-shell = Le shell.
cli-man = Écrire la page de manuel (roff) sur la sortie standard, ou avec --out une page par commande dans un dossier.
cli-man-opt-out = Le dossier où écrire taskguide.1, taskguide-render.1, …

## Diagnostics des documents

diag-unpaired-span = le segment traduit « { $id } » n’a pas de moitié source anglaise (sxs-lookup) avant la paire suivante ; conservé comme texte
diag-orphan-source = une moitié source anglaise (sxs-lookup) n’a pas de segment traduit avant elle ; conservée comme texte
diag-mismatched-ids = la moitié traduite a l’identifiant « { $target } » mais la moitié anglaise a « { $source } »
diag-stray-close-tag = ce </span> littéral ne ferme rien de ce qui a été ouvert dans cette moitié ; lu comme texte
diag-unterminated-pair = la moitié anglaise de « { $id } » n’atteint jamais son </span></span> fermant ; conservée comme texte
diag-pair-crosses-lines = la paire « { $id } » s’étend sur plus d’une ligne
diag-empty-target = la paire « { $id } » a une traduction vide
diag-duplicate-id = l’identifiant de paire « { $id } » est déjà utilisé dans ce document
diag-broken-front-matter = cette ligne du front matter n’est ni « clé: valeur » ni « - élément » ; conservée telle quelle
diag-unclosed-front-matter = le front matter ouvert ici n’est jamais fermé par « --- » ; lu comme texte
diag-not-utf8 = le fichier n’est pas en UTF-8 valide (premier octet invalide ici)
error-read = impossible de lire { $path } : { $reason }

## Catalogues

ftl-error-expected-token = « { $token } » attendu
ftl-error-expected-range = un caractère parmi « { $range } » attendu
ftl-error-message-without-value = le message « { $id } » n’a pas de valeur
ftl-error-term-without-value = le terme « -{ $id } » n’a pas de valeur
ftl-error-forbidden-callee = seules les fonctions, nommées en majuscules, peuvent être appelées
ftl-error-missing-default-variant = l’expression de sélection n’a pas de variante par défaut (marquée par *)
ftl-error-missing-value = valeur attendue
ftl-error-multiple-default-variants = l’expression de sélection a plus d’une variante par défaut
ftl-error-bad-selector = cette expression ne peut pas choisir entre des variantes
ftl-error-term-attribute-as-placeable = un attribut de terme ne peut pas servir d’espace réservé
ftl-error-unterminated-string = la chaîne littérale n’est pas fermée avant la fin de la ligne
ftl-error-positional-after-named = les arguments positionnels doivent précéder les arguments nommés
ftl-error-duplicated-argument = l’argument nommé « { $name } » est donné deux fois
ftl-error-unknown-escape = séquence d’échappement inconnue « { $sequence } » (une chaîne littérale autorise \\, \", \uXXXX et \UXXXXXX)
ftl-error-invalid-unicode-escape = échappement Unicode invalide « { $sequence } » (\u prend 4 chiffres hexadécimaux, \U en prend 6)
ftl-error-unbalanced-brace = une accolade fermante sans accolade ouvrante (écrivez {"{"}"{"}"}"{"}"} pour une accolade littérale)
ftl-error-expected-expression = expression attendue : une chaîne, un nombre, une variable ou une référence
ftl-error-expected-literal = chaîne ou nombre attendu
ftl-error-duplicate-id = le message « { $id } » est défini à nouveau ; la première définition est utilisée
ftl-error-no-value = le message « { $id } » a des attributs mais pas de valeur
catalog-folder-not-canonical = { $folder } n’est pas lu : un dossier de catalogues porte la balise canonique « { $canonical } » (renommez-le, ou exécutez taskguide locales --fix)
catalog-folder-not-a-locale = { $folder } n’est pas lu : son nom n’est pas une balise de langue
catalog-folder-fix-exists = { $from } n’est pas renommé : { $to } existe déjà (déplacez ses catalogues dans { $to } à la main)
catalog-folder-fix-failed = impossible de renommer { $from } en { $to } : { $reason }
catalog-folder-renamed = { $from } renommé en { $to }
locales-none = aucun dossier de langue dans { $dir }

## Rendu et étapes

error-no-such-path = { $path } n’existe pas
error-dir-needs-out = { $path } est un dossier : indiquez --out DOSSIER pour y écrire les documents rendus
error-write = impossible d’écrire { $path } : { $reason }
render-fallback = { $path } : le message { $id } n’est pas disponible en { $wanted } ; { $used } utilisé
render-stale = { $path } : le message { $id } de { $catalog } a été traduit d’un autre texte anglais ; le texte du document est utilisé
    traduit de : { $old }
    l’anglais actuel : { $new }
render-broken = { $path } : le message { $id } de { $catalog } casse son segment ({ $reason }) ; le texte du document est utilisé
render-broken-variable = une variable { "{" } ${ $name } { "}" } à laquelle rien ne donne de valeur
render-broken-message = une référence au message { $id }
render-broken-term = une référence au terme { $id }
render-broken-line-break = un saut de ligne qui termine { $block ->
    [heading] le titre
    [table-cell] la cellule de tableau
    [list-item] l’élément de liste
   *[paragraph] le paragraphe
} trop tôt
render-broken-cell-split = un | qui coupe la cellule de tableau
render-broken-marker = un marqueur { $marker } qui commence un nouveau bloc
render-broken-duplicate = son identifiant est défini plusieurs fois dans le catalogue
render-refused = { $catalog } est le catalogue de { $found } ({ $found_locale }), pas de { $doc } ({ $locale }) ; non utilisé (a-t-il été copié par-dessus celui d’un autre document ?)
render-state-unreadable = { $reason } ; son catalogue a été utilisé sans l’anglais dont il a été traduit
render-summary = { $files ->
    [one] { $files } document
    [many] { $files } de documents
   *[other] { $files } documents
}, { $fallbacks ->
    [0] aucun repli
    [one] { $fallbacks } repli
    [many] { $fallbacks } de replis
   *[other] { $fallbacks } replis
}
steps-labels = libellés : { $labels }
steps-link = lien : { $text } <{ $url }>
cli-render = Rendre des documents dans n’importe quelle langue : Markdown monolingue, le format bilingue ou HTML.
cli-render-opt-path = Un document ou un dossier : chaque *.md qu’il contient est rendu au même chemin relatif sous --out.
cli-render-opt-locale = La langue du rendu (toute balise BCP 47 : no et nb sont nb-NO, nn-NO se replie sur nb-NO, iw est he ; le chinois traditionnel ne se replie jamais sur le simplifié). Par défaut : la langue propre à chaque document.
cli-render-opt-format = markdown (monolingue), bilingual (le format d’origine côte à côte) ou html.
cli-render-opt-out = Le dossier de sortie (obligatoire pour un dossier). Sans lui, un document seul est écrit sur la sortie standard.
cli-render-opt-locales_dir = Le dossier de catalogues : locales/<langue>/<id-document>.ftl. Ses messages l’emportent sur le texte du document.
cli-render-opt-strict = Terminer avec le code 1 si un message se replie sur une autre langue, est obsolète (traduit d’un autre texte anglais) ou casse son segment.
cli-render-opt-root = Le dossier d’où partent les identifiants de documents (un identifiant est le chemin sous ce dossier, sans .md). Par défaut : le dossier indiqué, ou le dossier du document ; utilisez le dossier d’où vous avez importé.
cli-steps = Afficher les étapes d’un document : numéro, texte, libellés de l’interface et liens, dans une langue.
cli-steps-opt-doc = Le document.
cli-steps-opt-locale = La langue (toute balise BCP 47). Par défaut : la langue du document.
cli-steps-opt-format = text pour les personnes, json pour les programmes.
cli-steps-opt-locales_dir = Le dossier de catalogues : locales/<langue>/<id-document>.ftl.

## Importation

import-catalog = { $path } : { $added } ajoutés, { $updated } mis à jour, { $stale } obsolètes, { $obsolete } supprimés de la source
import-obsolete = supprimé de la source (conservé ; --prune le retire) : { $id }
import-pruned = supprimé de la source, retiré : { $id }
import-stale = obsolète (la source anglaise a changé) : { $id }
import-edited = modifié dans le catalogue, conservé : { $id }
import-adopted = aucune trace de l’origine de ce texte ; le texte du catalogue est conservé (enregistré comme modifié) : { $id }
import-needed = supprimé de la source ici, conservé parce que le catalogue d’une autre langue l’a : { $id }
import-summary = { $catalogs ->
    [one] { $catalogs } catalogue importé
    [many] { $catalogs } de catalogues importés
   *[other] { $catalogs } catalogues importés
}
import-error-syntax = { $path } contient des erreurs de syntaxe ({ $first }) ; corrigez-les avant de réimporter, pour que rien ne s’y perde
import-error-references = { $path } : { $ids } utilisent des références Fluent (une variable, un autre message ou un terme) qu’un catalogue de document ne peut pas résoudre ; corrigez-les avant de réimporter, pour que la prochaine importation ne les transforme pas en texte
import-error-no-locale = { $path } n’indique aucune langue (pas de ms.contentlocale dans son front matter ni de dossier de langue dans son chemin)
import-error-state = impossible d’utiliser le fichier d’état { $path } : { $reason } ; corrigez-le ou supprimez-le (les textes du catalogue sont alors conservés comme modifiés)
import-error-case = { $path } et { $other } ont des identifiants qui ne diffèrent que par la casse ({ $id }, { $other_id }) ; sous Windows et macOS ils partageraient un catalogue ; ignoré (renommez l’un des deux)
import-error-name = { $path } : son identifiant { $id } ne peut pas nommer un fichier sous Windows ou macOS ({ $component }) ; ignoré (renommez-le)
cli-import = Importer des documents bilingues dans des catalogues Fluent : locales/en-US/<id-document>.ftl depuis les moitiés anglaises, locales/<langue>/<id-document>.ftl depuis les moitiés traduites. Les modifications manuelles sont conservées ; les traductions dont l’anglais a changé sont marquées obsolètes.
cli-import-opt-paths = Documents ou dossiers (chaque *.md qu’ils contiennent).
cli-import-opt-locales_dir = Le dossier de catalogues où écrire.
cli-import-opt-prune = Retirer les messages qui ne sont plus dans le document (sinon ils sont seulement signalés).
cli-import-opt-format = text pour les personnes, json pour les programmes.

## Magasin de licences

store-error-user-not-found = Il n’y a aucun utilisateur « { $user } » dans ce magasin. Cherchez le nom de connexion avec `taskguide store users --search …`.
store-error-unknown-sku = « { $sku } » n’est pas une licence de votre organisation. Affichez la liste avec `taskguide store skus` et désignez-la par sa référence (par exemple SPE_E3) ou son ID de SKU.
store-error-usage-location = { $user } n’a pas d’emplacement d’utilisation, et une licence ne peut être attribuée qu’à un utilisateur qui en a un. Définissez-le d’abord, par exemple `taskguide store set-location --user { $user } FR`, ou dans l’assistant.
store-error-no-seats = Il ne reste aucune licence { $sku }. Libérez-en une en la retirant à quelqu’un qui n’en a plus besoin, ou achetez-en d’autres, puis réessayez.
store-error-not-held = { $user } n’a pas { $sku } ; il n’y a donc rien à retirer.
store-error-inherited = { $user } reçoit { $sku } du groupe « { $group } » ; elle ne peut donc pas être retirée directement à l’utilisateur. Retirez l’utilisateur du groupe, ou la licence du groupe.
store-error-plan-dependency = Le plan de service { $plan } a besoin de { $needed }, que cette modification laisserait désactivé. Laissez { $needed } activé, ou désactivez aussi { $plan }.
store-error-exclusive = Les plans de service { $a } et { $b } ne peuvent pas être activés tous les deux pour le même utilisateur. Désactivez l’un d’eux (SKU:PLAN), ou retirez l’autre licence dans la même commande.
store-error-invalid-plan = { $sku } n’a pas de plan de service « { $plan } ». Affichez ses plans avec `taskguide store skus`.
store-error-add-and-remove = { $sku } est à la fois ajoutée et retirée dans la même modification. Choisissez l’un ou l’autre.
store-error-bad-location = « { $value } » n’est pas un code de pays. Utilisez un code ISO 3166 à deux lettres, par exemple FR, NO ou US.
store-error-not-initialized = Il n’y a pas encore de magasin de licences à { $url }. Créez-en un avec `taskguide store init --demo` (une organisation de démonstration) ou `taskguide store init`.
store-error-already-initialized = Un magasin de licences existe déjà à { $url }. Ajoutez --force pour le remplacer ; cela supprime ses utilisateurs, ses licences et son journal.
store-error-bad-url = « { $url } » n’est pas une adresse de magasin. Utilisez sqlite:CHEMIN, memory:, memory:demo, graph: ou graph:URL-DE-BASE.
store-error-not-a-store = { $path } n’est pas un magasin de licences taskguide, ou il est endommagé ({ $detail }). Indiquez un autre fichier avec --store, ou déplacez celui-ci et exécutez `taskguide store init`.
store-error-newer-schema = { $path } a été écrit par une version plus récente de taskguide (version de magasin { $version }). Mettez taskguide à jour pour l’utiliser.
store-error-read-only = { $path } est en lecture seule ; rien n’a donc été modifié. Rendez-le accessible en écriture (chmod u+w) ou choisissez un autre magasin avec --store.
store-error-busy = { $path } a été verrouillé trop longtemps par un autre programme ; rien n’a donc été modifié. Réessayez quand il aura terminé.
store-error-storage = Le magasin de licences a échoué ; rien n’a donc été modifié : { $detail }
store-error-entry-not-found = Il n’y a pas d’entrée de journal { $id }. Affichez les entrées avec `taskguide store history`.
store-error-undo-conflict = L’entrée { $id } ne peut pas être annulée : { $user } a changé depuis. L’entrée avait laissé { $expected } ; c’est maintenant { $actual }. Annulez d’abord les entrées plus récentes (voir `taskguide store history --user { $user }`).
store-graph-note = Microsoft Graph répondrait { $status } { $code } : « { $message } »
store-init-demo = Magasin de licences de démonstration créé à { $url } : { $users ->
    [one] { $users } utilisateur
    [many] { $users } d’utilisateurs
   *[other] { $users } utilisateurs
}, { $skus ->
    [one] { $skus } licence
    [many] { $skus } de licences
   *[other] { $skus } licences
}, { $groups ->
    [one] { $groups } groupe
    [many] { $groups } de groupes
   *[other] { $groups } groupes
}.
store-init-empty = Magasin de licences vide créé à { $url }.
store-users-count = { $count ->
    [one] { $count } utilisateur
    [many] { $count } d’utilisateurs
   *[other] { $count } utilisateurs
}
store-history-line = #{ $id }  { $at }  { $actor }  { $user } : { $before } → { $after }  ({ $command })
store-history-count = { $count ->
    [one] { $count } entrée
    [many] { $count } d’entrées
   *[other] { $count } entrées
}
store-sku-line = { $part } ({ $name }) : { $available } sur { $total } disponibles, { $plans ->
    [one] { $plans } plan de service
    [many] { $plans } de plans de service
   *[other] { $plans } plans de service
}
store-change-location = emplacement d’utilisation { $before } → { $after }
store-change-off = désactivés : { $plans }
store-seats-left = { $available } sur { $total } disponibles
store-unchanged = Aucune modification : { $user } a déjà exactement cela.
store-dry-run = Simulation : rien n’a été modifié.
store-applied = Terminé (entrée de journal { $id } ; `taskguide store undo { $id }` l’annule).
store-row-ok = ok         { $user }
store-row-unchanged = inchangé   { $user }
store-row-error = erreur     { $user } : { $reason }
store-bulk-summary = { $total ->
    [one] { $total } utilisateur
    [many] { $total } d’utilisateurs
   *[other] { $total } utilisateurs
} : { $changed } modifiés, { $unchanged } inchangés, { $failed } en échec.
store-assign-no-user = Désignez l’utilisateur avec --user UPN, ou les utilisateurs avec --users-from FICHIER.csv.
store-assign-nothing = Indiquez quoi modifier avec --add SKU ou --remove SKU.
store-csv-unreadable = impossible de lire { $path } : { $reason }
store-csv-no-column = { $path } n’a pas de colonne userPrincipalName (son en-tête est « { $header } »). Ajoutez une colonne nommée userPrincipalName avec un nom de connexion par ligne.
store-csv-empty-upn = { $path }, ligne { $line } : le userPrincipalName est vide.
store-csv-empty = { $path } ne contient aucun utilisateur.
store-csv-fields = { $path }, ligne { $line } : { $found ->
    [one] { $found } champ
    [many] { $found } de champs
   *[other] { $found } champs
} alors que l’en-tête en a { $expected }.
store-csv-utf8 = { $path }, ligne { $line } : texte UTF-8 non valide. Enregistrez le fichier en UTF-8.
cli-store = Créer et consulter le magasin de licences (utilisateurs, licences, journal), annuler une modification.
cli-store-opt-store = Le magasin : sqlite:CHEMIN, memory:, memory:demo, ou graph: pour un locataire Microsoft 365 via Microsoft Graph (sinon $TASKGUIDE_STORE ; par défaut : sqlite:$XDG_DATA_HOME/taskguide/licenses.db).
cli-store-opt-actor = Le nom enregistré dans le journal (par défaut : l’utilisateur du système).
cli-store-init = Créer le magasin : vide, ou une organisation de démonstration avec --demo.
cli-store-init-opt-demo = Le remplir avec l’organisation de démonstration : 50 utilisateurs, 7 licences, un groupe.
cli-store-init-opt-force = Remplacer un magasin existant (supprime ses utilisateurs, ses licences et son journal).
cli-store-users = Lister les utilisateurs avec leurs licences.
cli-store-users-opt-search = Seulement les utilisateurs dont le nom de connexion ou le nom d’affichage contient TEXTE.
cli-store-users-opt-format = Format de sortie : text, ou json avec les noms de champs de Graph.
cli-store-skus = Lister les licences (SKU) avec les places disponibles et les plans de service.
cli-store-skus-opt-format = Format de sortie : text, ou json avec les noms de champs de Graph.
cli-store-history = Afficher le journal : qui a modifié les licences de quel utilisateur, quand et comment.
cli-store-history-opt-user = Seulement les entrées de cet utilisateur.
cli-store-history-opt-format = Format de sortie : text ou json.
cli-store-undo = Annuler une modification journalisée, si l’utilisateur n’a pas changé depuis.
cli-store-undo-opt-id = L’entrée de journal (voir `taskguide store history`).
cli-store-undo-opt-dry_run = Montrer ce que ferait l’annulation sans la faire.
cli-store-set-location = Définir l’emplacement d’utilisation d’un utilisateur (nécessaire avant toute licence).
cli-store-set-location-opt-user = Le nom de connexion ou l’ID de l’utilisateur.
cli-store-set-location-opt-location = Code de pays ISO 3166 à deux lettres, par exemple FR.
cli-assign = Ajouter, mettre à jour ou retirer des licences pour un utilisateur ou pour les utilisateurs d’un fichier CSV. Code de sortie 1 si le magasin refuse ou si une ligne échoue ; 2 pour une ligne de commande ou un fichier CSV incorrect (rien ne change alors).
cli-assign-opt-store = Le magasin : sqlite:CHEMIN, memory:, memory:demo, ou graph: pour un locataire Microsoft 365 via Microsoft Graph (sinon $TASKGUIDE_STORE ; par défaut : sqlite:$XDG_DATA_HOME/taskguide/licenses.db).
cli-assign-opt-actor = Le nom enregistré dans le journal (par défaut : l’utilisateur du système).
cli-assign-opt-user = Le nom de connexion ou l’ID de l’utilisateur.
cli-assign-opt-users_from = Un fichier CSV avec une colonne userPrincipalName (les autres colonnes sont ignorées) ; une ligne de résultat par utilisateur. Peut être relancé sans risque.
cli-assign-opt-add = SKU[:PLAN,…] : ajouter la licence (par référence ou ID) avec les plans de service indiqués désactivés ; pour une licence que l’utilisateur a déjà, remplacer ses plans désactivés. Répétable.
cli-assign-opt-remove = Retirer cette licence (référence ou ID). Répétable.
cli-assign-opt-dry_run = Vérifier la modification et l’afficher, avec les places restantes, sans l’effectuer.

## État

status-doc = document
status-locale = langue
status-translated = traduits
status-stale = obsolètes
status-missing = manquants
status-machine = automatique
status-edited = modifiés
status-reviewed = relus
status-stale-message = { $doc } ({ $locale }) { $id } est obsolète
    traduit de : { $old }
    l’anglais actuel : { $new }
status-total = { $locale } : { $translated } traduits, { $stale } obsolètes, { $missing } manquants ({ $percent } %)
status-review-total = { $locale } : { $machine } automatiques, { $edited } modifiés, { $reviewed } relus
cli-status = Afficher, par document et par langue, combien de messages sont traduits, obsolètes ou manquants.
cli-status-opt-locales_dir = Le dossier de catalogues.
cli-status-opt-format = text pour les personnes, json pour les programmes.
import-duplicate-id = { $path } a le même identifiant de document « { $id } » que { $first } dans la même langue ; ignoré (renommez l’un des deux)
store-detail-directory = un dossier, pas un fichier

## Assistant
cli-guide = Suivre une tâche étape par étape dans votre langue, en effectuant chaque étape dans le magasin de licences (ou, pour un document sans actions, comme une liste de contrôle). Sans TÂCHE, lister les tâches.
cli-guide-opt-task = La tâche : un identifiant de document comme how-to-assign-a-license-to-a-user, ou le chemin d’un document.
cli-guide-opt-locale = La langue des étapes et de l’assistant (par défaut : LC_ALL, LC_MESSAGES ou LANG, sinon en-US).
cli-guide-opt-store = Le magasin : sqlite:CHEMIN, memory:demo, ou graph: pour un locataire Microsoft 365 (sinon $TASKGUIDE_STORE ; par défaut : sqlite:$XDG_DATA_HOME/taskguide/licenses.db, créé avec l’organisation de démonstration à la première utilisation).
cli-guide-opt-actor = Le nom enregistré dans le journal (par défaut : l’utilisateur du système).
cli-guide-opt-answers = Répondre à partir d’un fichier TOML ou JSON (user, add, remove, usage_location, confirm) au lieu de poser les questions, et afficher une transcription. Pour les scripts et les machines sans terminal.
cli-guide-opt-dry_run = Afficher la vérification de la modification et s’arrêter avant de l’appliquer.
cli-guide-opt-content = Le dossier des documents (content/<langue>/<document>.md, content/<document>.task.toml).
cli-guide-opt-locales_dir = Le dossier des catalogues (locales/<langue>/<document>.ftl).
guide-list = { $count ->
    [one] { $count } tâche dans { $content } :
    [many] { $count } de tâches dans { $content } :
   *[other] { $count } tâches dans { $content } :
}
guide-list-guided = guidée dans le magasin de licences
guide-list-checklist = liste de contrôle
guide-list-hint = Pour en lancer une : taskguide guide <TÂCHE>
guide-no-task = Aucune tâche « { $task } » : il n’y a ni fichier de ce nom ni { $task }.md sous { $content }/. Exécutez `taskguide guide` pour lister les tâches.
guide-no-terminal = L’assistant a besoin d’un terminal pour poser ses questions. Pour l’exécuter sans terminal, mettez les réponses dans un fichier et passez-le avec --answers, par exemple : taskguide guide { $task } --answers answers.toml (champs : user, add, remove, usage_location, confirm).
guide-demo-created = Pas encore de magasin de licences : un magasin a été créé à { $path } avec l’organisation de démonstration ({ $users } utilisateurs) pour vous entraîner.
guide-demo-dir = impossible de créer { $path } : { $reason }
guide-terminal-error = le terminal a échoué : { $reason }
task-bindings-io = impossible de lire les liaisons : { $reason }
task-bindings-syntax = fichier de liaisons non valide : { $reason }
task-bindings-unknown-step = le document n’a pas d’étape « { $id } » (ses étapes : { $known }).
task-bindings-unknown-action = aucune action ne s’appelle « { $name } » (les actions : { $known }).
wizard-welcome = { $title } — { $steps ->
    [one] { $steps } étape
    [many] { $steps } d’étapes
   *[other] { $steps } étapes
}.
wizard-welcome-bound = Je vais afficher chaque étape comme l’article la décrit, puis l’effectuer avec vous dans le magasin de licences { $store }.
wizard-welcome-checklist = Je vais afficher chaque étape comme l’article la décrit ; effectuez-la, puis dites-moi qu’elle est terminée.
wizard-welcome-dry-run = Simulation : vous verrez la modification, mais rien ne sera appliqué.
wizard-keys = Échap revient d’une étape, Ctrl-C quitte.
wizard-progress = Étape { $current } sur { $total }
wizard-step-done = Avez-vous terminé cette étape ?
wizard-yes = oui
wizard-no = non
wizard-yes-words = o, oui, y, yes
wizard-no-words = n, non, no
wizard-hint-yes = O/n
wizard-hint-no = o/N
wizard-confirm-invalid = Répondez o pour oui ou n pour non.
wizard-key-back = Échap (retour)
wizard-key-cancel = Ctrl-C (quitter)
wizard-prompt-left = (quitté)
wizard-quit-confirm = Quitter sans appliquer votre modification ? Rien n’a encore été modifié.
wizard-cancelled = Arrêté. Rien n’a été modifié dans le magasin de licences.
wizard-checklist-summary = { $done } étapes terminées sur { $total } :
wizard-users-count = L’organisation compte { $count ->
    [one] { $count } utilisateur
    [many] { $count } d’utilisateurs
   *[other] { $count } utilisateurs
} ; { $unlicensed ->
    [0] tous ont une licence.
    [one] { $unlicensed } n’a pas encore de licence.
    [many] { $unlicensed } n’ont pas encore de licence.
   *[other] { $unlicensed } n’ont pas encore de licence.
}
wizard-no-users = Le magasin de licences { $store } n’a aucun utilisateur. Créez l’organisation de démonstration avec : taskguide store init --demo
wizard-no-skus = Le magasin de licences { $store } n’a aucun abonnement (SKU) à attribuer. Créez l’organisation de démonstration avec : taskguide store init --demo
wizard-needs-user = Cette étape a besoin d’un utilisateur, mais aucun n’a été sélectionné : les liaisons de la tâche placent les étapes dans le mauvais ordre.
wizard-select-user = Quel utilisateur ?
wizard-select-user-help = Tapez une partie d’un nom ou d’un nom de connexion pour filtrer, ↑↓ pour vous déplacer, Entrée pour choisir, Échap pour revenir.
wizard-user-choice = { $name } <{ $upn }> · { $licenses }
wizard-no-license = aucune licence
wizard-licenses-of = { $name } a ces licences :
wizard-licenses-none = { $name } n’a pas encore de licence.
wizard-license-direct = • { $license }
wizard-license-inherited = 🔒 { $license }, du groupe { $group }
wizard-inherited-note = Une licence reçue d’un groupe est verrouillée ici : pour la retirer, retirez l’utilisateur du groupe ou modifiez les licences du groupe.
wizard-location = Emplacement d’utilisation : { $location }
wizard-location-missing = { $name } n’a pas d’emplacement d’utilisation. Microsoft 365 a besoin du pays où travaille l’utilisateur avant de pouvoir lui attribuer une licence.
wizard-ask-location = Dans quel pays { $name } travaille-t-il ou travaille-t-elle ?
wizard-ask-location-help = Un code de pays à deux lettres, par exemple FR, NO ou US. Il est défini en même temps que les licences.
wizard-location-pending = L’emplacement d’utilisation { $location } sera défini en même temps que les licences.
wizard-sku-name = { $name } ({ $part })
wizard-sku-choice = { $license } — { $available } sur { $total } disponibles
wizard-sku-choice-full = { $license } — aucune disponible sur { $total }
wizard-edit-licenses = Licences de { $name } : cochez celles à attribuer, décochez celles à retirer.
wizard-edit-help = ↑↓ pour vous déplacer, Espace pour cocher ou décocher, Entrée pour continuer, Échap pour revenir. Une licence sans place disponible ne peut rester cochée que si l’utilisateur l’a déjà.
wizard-edit-locked = Reçues d’un groupe, et donc non listées : { $licenses }.
wizard-no-seats = Il ne reste aucune place pour { $license }. Décochez-la, ou libérez une place (retirez-la à quelqu’un) ou achetez-en d’autres d’abord.
wizard-nothing-to-change = Rien à modifier : ce sont déjà les licences de { $name }.
wizard-review = La modification pour { $name } <{ $upn }> :
wizard-review-add = + { $license } — { $available } sur { $total } disponibles après
wizard-review-remove = − { $license } — { $available } sur { $total } disponibles après
wizard-review-location = emplacement d’utilisation → { $after }
wizard-dry-run = Simulation : rien n’a été appliqué.
wizard-confirm = Appliquer cette modification pour { $name } ?
wizard-declined = Non appliquée. Rien n’a été modifié dans le magasin de licences.
wizard-applied = Terminé. La modification pour { $name } est enregistrée :
wizard-now-has = { $name } a maintenant : { $licenses }.
wizard-held-from-group = { $license } du groupe { $group }
wizard-journal = { $count ->
    [one] Entrée de journal { $ids } ; pour l’annuler : taskguide store undo { $last }
    [many] Entrées de journal { $ids } ; pour les annuler, annulez chacune en partant de la dernière : taskguide store undo { $last }
   *[other] Entrées de journal { $ids } ; pour les annuler, annulez chacune en partant de la dernière : taskguide store undo { $last }
}
wizard-fix-plans = Ici : ne gardez qu’une seule des licences qui contiennent ces plans.
wizard-back-to-step = Retour à l’étape { $number } pour corriger cela.
wizard-script-exhausted = le script n’a plus de réponse pour « { $field } ».
wizard-script-mismatch = la réponse suivante du script ne correspond pas à la question pour « { $field } ».
wizard-answers-missing = le fichier de réponses n’a pas de « { $field } », et l’assistant en a besoin ici.
wizard-answers-refused = la réponse pour « { $field } » dans le fichier de réponses a été refusée : { $reason }
wizard-answer-invalid = « { $field } » dans les réponses : { $reason }
wizard-answer-no-match = « { $field } » dans les réponses : rien ne correspond à « { $value } ».
wizard-answer-ambiguous = « { $field } » dans les réponses : « { $value } » correspond à plusieurs éléments ({ $matches }) ; donnez le nom complet.
wizard-answer-not-checked = « { $field } » dans les réponses : l’utilisateur n’a pas de « { $value } » à retirer.
wizard-answers-unreadable = impossible de lire le fichier de réponses { $path } : { $reason }
wizard-answers-bad = le fichier de réponses { $path } n’est pas valide : { $reason }
wizard-answers-not-a-table = les réponses doivent être une table de champs (user, add, remove, usage_location, confirm).
wizard-answers-unknown-field = champ inconnu « { $field } » (les champs : { $known }).
wizard-answers-not-text = « { $field } » doit être un texte, par exemple "ola.nordmann@contoso-demo.example".
wizard-answers-not-list = « { $field } » doit être une liste de références de licences, par exemple ["SPE_E3"].
wizard-answers-not-bool = « { $field } » doit être true ou false.

## Vérification

label-note = remarque
cli-check = Trouve ce qui ne va pas dans les traductions : liens, balisage, chemins d’interface, espaces réservés, nombres, espacement et ponctuation, avec l’endroit et la correction.
cli-check-opt-paths = Documents bilingues, catalogues FTL ou dossiers à vérifier (par défaut : content/ et locales/)
cli-check-opt-locale = Vérifier seulement les documents dans cette langue (répétable)
cli-check-opt-format = Format de sortie : text pour les personnes, json ou sarif pour les programmes et l’intégration continue
cli-check-opt-allow = Ne pas signaler ce code (répétable)
cli-check-opt-config = Fichier de paramètres (par défaut : .taskguide/check.toml, sinon taskguide.toml, le premier qui existe)
check-error-unknown-code = il n’y a pas de code de vérification « { $code } » ; les codes sont : { $known }
check-error-no-path = { $path } n’existe pas
check-error-no-match = aucun document ni catalogue sous { $paths } n’est en { $locales } : rien ne serait vérifié
check-error-empty-path = { $path } ne contient ni documents (.md) ni catalogues (.ftl) : rien ne serait vérifié
check-label-source = source : { $text }
check-label-target = cible : { $text }
check-label-hint = conseil : { $text }
check-summary = { $files ->
    [one] { $files } document
    [many] { $files } de documents
   *[other] { $files } documents
} : { $errors ->
    [one] { $errors } erreur
    [many] { $errors } d’erreurs
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
    [many] { $warnings } d’avertissements
   *[other] { $warnings } avertissements
}, { $notes ->
    [one] { $notes } remarque
    [many] { $notes } de remarques
   *[other] { $notes } remarques
}
check-link-mismatch = la destination du lien { $dest } n’est pas dans la source
check-link-broken = le lien vers { $dest } s’étend sur plusieurs segments et est cassé dans la traduction
check-link-count = la source a { $source ->
    [one] { $source } lien
    [many] { $source } de liens
   *[other] { $source } liens
}, la traduction { $target }
check-bold-count = la source a { $source } { $source ->
    [one] passage en gras
    [many] de passages en gras
   *[other] passages en gras
}, la traduction { $target }
check-emphasis-count = la source a { $source } { $source ->
    [one] passage en italique
    [many] de passages en italique
   *[other] passages en italique
}, la traduction { $target }
check-code-count = la source a { $source } { $source ->
    [one] segment de code
    [many] de segments de code
   *[other] segments de code
}, la traduction { $target }
check-breadcrumb = le chemin { $chain } est cassé : ses étapes doivent rester reliées uniquement par « \> »
check-placeholder = l’espace réservé { $name } manque dans la traduction
check-number = le nombre { $number } de la source manque dans la traduction
check-missing-space = une lettre suit directement un lien ou une mise en relief : il manque une espace
check-edge-whitespace = { $extra ->
    [yes] la traduction a un blanc { $side ->
        [end] à la fin
       *[other] au début
    } que la source n’a pas
   *[no] la traduction n’a pas le blanc que la source a { $side ->
        [end] à la fin
       *[other] au début
    }
}
check-double-space = deux espaces de suite
check-end-punctuation = la source se termine par « { $source } », la traduction par « { $target } »
check-length-ratio = la traduction fait { $percent } % de la longueur de la source : du texte manque ou a été ajouté
check-bidi-control = le caractère de contrôle bidirectionnel invisible { $codepoint } peut réordonner le texte
check-replacement-char = U+FFFD (�) marque du texte perdu lors d’une conversion de jeu de caractères
check-unbalanced-markup = ce { $marker } n’ouvre ni ne ferme rien : le reste du paragraphe peut mal s’afficher
check-locale-mismatch = le front matter indique { $front }, mais le document est dans le dossier { $folder }
check-machine-translated = traduit automatiquement (ms.translationtype: MT) : non relu
check-pairing = problème d’appariement des segments
check-hint-link-mismatch = utilisez la destination de la source, ou son chemin /en-us/ avec la langue cible
check-hint-link-count = gardez chaque [texte](destination) de la source, avec les crochets et les parenthèses intacts
check-hint-markup-count = balisez les mêmes libellés d’interface et termes que la source
check-hint-breadcrumb = traduisez chaque étape à l’intérieur de son balisage et gardez les étapes dans l’ordre : **A** \> **B**
check-hint-placeholder = copiez les espaces réservés comme <email> sans les modifier ; le lecteur les remplace
check-hint-number = gardez chaque nombre ; seule sa mise en forme peut suivre la langue
check-hint-missing-space = ajoutez une espace après le ) ou ** fermant
check-hint-edge-whitespace = commencez et terminez la traduction avec le même espacement que la source
check-hint-double-space = remplacez les deux espaces par une seule
check-hint-end-punctuation = terminez la phrase comme le fait la source
check-hint-length-ratio = comparez la traduction à la source proposition par proposition
check-hint-bad-char = supprimez le caractère, ou retapez le texte qui l’entoure
check-hint-unbalanced-markup = appariez chaque ** et ` comme dans la source, ou échappez-le sous la forme \*\*
check-hint-locale-mismatch = déplacez le document dans le dossier de sa langue, ou corrigez ms.contentlocale
check-hint-machine-translated = faites-la relire par un réviseur, puis définissez ms.translationtype sur HT
check-hint-pairing = donnez à chaque segment traduit une moitié anglaise sxs-lookup avec le même identifiant
check-missing = ce message du catalogue anglais n’est pas traduit ici
check-obsolete = le catalogue anglais n’a plus ce message
check-empty = la traduction est vide
check-stale = le texte anglais a changé après cette traduction
check-unchanged = la traduction est identique au texte anglais
check-variable-parity = les variables de la traduction diffèrent de l’anglais : { $missing ->
    [none] {""}
   *[other] il manque { $missing }
}{ $extra ->
    [none] {""}
   *[other] {" "}inconnues { $extra }
}
check-plural-categories = la sélection de pluriel n’a pas les catégories { $missing } de { $locale }
check-hint-ftl = corrigez la syntaxe FTL ; le lecteur ignore cette entrée d’ici là
check-hint-missing = traduisez le message, ou exécutez taskguide import pour l’ajouter
check-hint-obsolete = supprimez le message, ou exécutez taskguide import avec le nettoyage
check-hint-stale = comparez avec le nouveau texte anglais (`taskguide status` montre l’ancien et le nouveau), mettez la traduction à jour, puis réimportez : le fichier d’état enregistre l’anglais qu’elle traduit désormais
check-hint-unchanged = traduisez-le, ou listez-le sous unchanged dans la table [check] de taskguide.toml si c’est un nom
check-hint-variable-parity = utilisez exactement les variables du message anglais
check-hint-plural-categories = ajoutez une variante pour chaque catégorie qu’utilisent les règles de pluriel de la langue
check-unknown-variable = la traduction utilise la variable ${ $name }, que rien ne remplit : elle s’affiche telle quelle
check-message-reference = la traduction fait référence au message { $id }, qu’un catalogue de document ne peut pas utiliser : elle s’affiche telle quelle
check-term-reference = la traduction fait référence au terme { $id }, qu’un catalogue de document ne définit pas : elle s’affiche telle quelle
check-line-break = { $block ->
    [heading] un saut de ligne coupe le titre en deux
    [cell] un saut de ligne coupe la ligne du tableau en deux
   *[other] une ligne vide coupe le paragraphe en deux
}
check-table-cell-split = ce | commence une nouvelle cellule : la ligne a une cellule de plus que le tableau
check-block-marker = « { $marker } » en début de ligne crée une liste, un titre ou une citation que l’anglais n’a pas
check-hint-reference = remplacez la référence par le texte qu’elle représente, comme dans l’anglais
check-hint-line-break = gardez la traduction sur une seule ligne, comme l’anglais
check-hint-table-cell-split = écrivez le | sous la forme \| ou reformulez sans lui
check-hint-block-marker = joignez la ligne à la précédente, ou échappez le marqueur avec une barre oblique inverse (\-, 1\.)

## Graph

graph-error-not-supported = { $url } est un locataire Microsoft Graph, qui n’a pas « { $operation } » : taskguide n’y tient pas de journal et ne peut pas créer de locataire. Utilisez le journal d’audit du centre d’administration Microsoft 365 pour l’historique, et un magasin sqlite: ou memory: pour vous entraîner.
graph-error-credentials = Impossible de se connecter à Microsoft Graph : définissez { $variables } (l’ID d’annuaire, l’ID d’application et le secret client de l’inscription d’application ; voir le README).
graph-error-sign-in = Microsoft a refusé de connecter l’application ({ $status } { $code } : { $description }). Vérifiez AZURE_TENANT_ID, AZURE_CLIENT_ID et AZURE_CLIENT_SECRET (un secret expire ; créez-en un nouveau sous Certificats et secrets).
graph-error-unauthorized = Microsoft Graph n’a pas accepté le jeton de l’application, même un nouveau : { $message } Vérifiez que l’application appartient à ce locataire et qu’AZURE_AUTHORITY_HOST correspond au cloud.
graph-error-forbidden = L’application n’a pas le droit de faire cela ({ $code } : { $message }). Donnez-lui les autorisations d’application LicenseAssignment.ReadWrite.All et User.ReadWrite.All et accordez le consentement administrateur ; `taskguide store check` indique ce qui manque.
graph-error-throttled = Microsoft Graph est occupé et a répondu { $status } aux { $attempts } tentatives ; cela n’a donc pas été fait. Réessayez dans quelques minutes ; un traitement en bloc peut être relancé sans risque.
graph-error-network = Impossible de joindre { $host } : { $detail }. Vérifiez la connexion réseau, le proxy et l’adresse --store.
graph-error-timeout = { $host } n’a pas répondu à temps ; rien de plus n’a donc été envoyé. Vérifiez la connexion réseau, puis réessayez.
graph-error-unexpected = Microsoft Graph a répondu { $status } { $code } : { $message }
graph-error-bad-response = Microsoft Graph a envoyé une réponse que taskguide ne comprend pas ({ $detail }). Vérifiez que --store pointe vers Microsoft Graph v1.0.
graph-check-sign-in = Connexion avec les informations d’identification du client
graph-check-skus = Lecture des licences (SKU souscrites)
graph-check-users = Lecture des utilisateurs
graph-check-ok = ✓ { $what } : ok ({ $count })
graph-check-error = ✗ { $what } : { $reason }
graph-check-need-licenses = Donnez à l’application l’autorisation d’application LicenseAssignment.ReadWrite.All et accordez le consentement administrateur.
graph-check-need-users = Donnez à l’application l’autorisation d’application User.ReadWrite.All et accordez le consentement administrateur.
graph-check-ready = { $url } est prêt à l’emploi.
graph-check-failed = { $failed } vérifications sur { $total } ont échoué.
cli-store-check = Vérifier que le magasin peut être utilisé : pour graph:, se connecter, lire les licences et les utilisateurs, et indiquer quelle autorisation manque.
graph-error-permissions = L’application peut lire mais pas effectuer toutes les modifications : ajoutez la ou les autorisations d’application { $permissions } dans l’inscription d’application (Autorisations d’API → Microsoft Graph → Autorisations d’application) et accordez le consentement administrateur, puis reconnectez-vous.
graph-check-permissions = Autorisations pour effectuer des modifications

## ship : contenu intégré, sa provenance, --version, store --where
guide-origin-builtin = intégré
guide-origin-env = { $path } ($TASKGUIDE_CONTENT)
guide-origin-cwd = { $path } (dossier de travail)
guide-origin-option = { $path } (--content)
guide-list-sources = { $count ->
    [one] { $count } tâche (de { $sources } ; une source ultérieure remplace une source antérieure) :
    [many] { $count } de tâches (de { $sources } ; une source ultérieure remplace une source antérieure) :
   *[other] { $count } tâches (de { $sources } ; une source ultérieure remplace une source antérieure) :
}
guide-list-from = source : { $origin }
guide-list-overrides = source : { $origin }, remplace { $under }
guide-override = Tâche { $task } : utilisation de { $path }, qui remplace la tâche de même ID provenant de { $under }.
guide-no-task-in = Aucune tâche « { $task } » : il n’y a ni fichier de ce nom ni document { $task } dans { $sources }. Exécutez `taskguide guide` pour lister les tâches.
cli-version-content = contenu intégré : { $count ->
    [one] { $count } tâche
    [many] { $count } de tâches
   *[other] { $count } tâches
} en { $locales } (empreinte { $fingerprint })
cli-store-opt-where = Afficher où taskguide conserve ses fichiers (le magasin, le dossier de données, les dossiers de contenu et de catalogues), puis s’arrêter.
where-store = magasin : { $url } (source : { $source })
where-source-default = la valeur par défaut
where-data = dossier de données : { $path } ({ $state })
where-exists = existe
where-missing = pas encore créé
where-content = tâches : { $sources } (une source ultérieure remplace une source antérieure)
where-locales = catalogues : { $path }

## i18na: mode accessible (guide --accessible, TASKGUIDE_ACCESSIBLE=1)

cli-guide-opt-accessible = Mode accessible pour les lecteurs d’écran (aussi TASKGUIDE_ACCESSIBLE=1) : chaque question en lignes de texte simple, les choix numérotés et choisis par leur numéro ou en tapant une partie d’un nom, avec une réponse par ligne ; ni réaffichage, ni déplacement du curseur, ni animation d’attente, ni couleurs.
accessible-intro = Mode accessible : chaque question est écrite en texte simple. Répondez par un numéro ou une partie d’un nom, puis appuyez sur Entrée. Tapez « retour » pour revenir d’une étape, « quitter » pour quitter.
accessible-back-words = retour, back
accessible-quit-words = quitter, quit
accessible-choice = { $number }. { $label }
accessible-multi-choice = { $number }. { $label } — { $state }
accessible-choose = Tapez un numéro de 1 à { $count }, ou une partie d’un nom, puis appuyez sur Entrée :
accessible-chosen = Choisi : { $label }
accessible-matches = { $count ->
    [one] { $count } choix correspond à « { $text } » :
    [many] { $count } de choix correspondent à « { $text } » :
   *[other] { $count } choix correspondent à « { $text } » :
}
accessible-no-match = Rien ne correspond à « { $text } ». Tapez un numéro de 1 à { $count }, ou une autre partie d’un nom.
accessible-out-of-range = Il n’y a pas de choix { $number }. Tapez un numéro de 1 à { $count }.
accessible-checked = coché
accessible-unchecked = non coché
accessible-multi-help = Pour cocher ou décocher des choix, tapez leurs numéros séparés par des espaces (par exemple : 1 3), ou une partie d’un nom. Quand vous avez terminé, appuyez sur Entrée sur une ligne vide.
accessible-multi-ask = Numéros à cocher ou décocher, ou Entrée pour terminer :
accessible-toggled-on = Coché : { $label }
accessible-toggled-off = Décoché : { $label }
accessible-blocked = { $label } ne peut pas être coché : { $reason }
accessible-now-checked = Cochés maintenant : { $labels }
accessible-none-checked = Rien n’est coché pour l’instant.
accessible-confirm-ask = Tapez { $yes } ou { $no }, puis appuyez sur Entrée (Entrée seule signifie { $default }) :
accessible-text-ask = Tapez votre réponse, puis appuyez sur Entrée :
accessible-answered = Réponse : { $answer }
accessible-problem = Problème : { $text }
accessible-progress = Progression : { $percent } % ({ $done } sur { $total })
accessible-row = Ligne { $number } sur { $total } :
accessible-cell = { $label } : { $value }

## login : connexion en votre nom (déléguée), le cache de jetons, les refus de sécurité de Graph
cli-login = Se connecter à Microsoft Graph en votre nom, avec votre propre inscription d’application (un client public : AZURE_CLIENT_ID ou --client-id, « Autoriser les flux de clients publics » activé). Ouvre le navigateur (code d’autorisation avec PKCE, redirection vers http://localhost) ; via SSH, sans affichage ou avec --device-code, affiche un code à saisir sur un autre appareil. Demande les autorisations déléguées LicenseAssignment.Read.All (lire les licences souscrites), User.ReadWrite.All (lire les utilisateurs et leurs licences, définir un emplacement d’utilisation, attribuer des licences) et offline_access (rester connecté : un jeton d’actualisation). Il vous faut le rôle Administrateur de licences ou Administrateur d’utilisateurs. Le jeton d’actualisation est conservé dans le magasin d’identifiants du système, sinon dans un fichier que vous seul pouvez lire ($TASKGUIDE_TOKEN_STORE=file|keyring choisit).
cli-login-opt-device_code = Se connecter avec un code d’appareil, dans un navigateur sur n’importe quel appareil, au lieu du navigateur de cette machine.
cli-login-opt-client_id = L’ID d’application (client) de votre inscription d’application (sinon $AZURE_CLIENT_ID).
cli-login-opt-tenant = L’ID d’annuaire (locataire) ou le domaine (sinon $AZURE_TENANT_ID, sinon organizations : le locataire du compte avec lequel vous vous connectez).
cli-login-opt-status = Afficher qui est connecté, où, avec quelles autorisations et jusqu’à quand, au lieu de se connecter. N’affiche jamais de jeton.
cli-login-opt-store = Le magasin graph: pour lequel se connecter ; son hôte détermine le cloud (US Government, Chine), sauf si AZURE_AUTHORITY_HOST est défini (sinon $TASKGUIDE_STORE, sinon graph:).
cli-login-opt-format = text pour les personnes, json pour les programmes.
cli-whoami = Afficher qui est connecté (comme login --status).
cli-whoami-opt-format = text pour les personnes, json pour les programmes.
cli-logout = Se déconnecter : supprimer la connexion conservée (jeton d’actualisation et compte) du magasin d’identifiants du système et du fichier.
signin-error-no-client-id = Aucune inscription d’application avec laquelle se connecter : définissez AZURE_CLIENT_ID ou indiquez --client-id (l’ID d’application de votre inscription d’application, avec « Autoriser les flux de clients publics » activé ; voir le README, « Sign in as yourself »).
signin-error-not-signed-in = Personne n’est connecté à Microsoft Graph. Exécutez `taskguide login` (ou `taskguide login --device-code`), ou définissez AZURE_CLIENT_SECRET avec AZURE_TENANT_ID et AZURE_CLIENT_ID pour une application.
signin-error-session-expired = La connexion conservée n’est plus acceptée ({ $code } : { $description }) ; elle a été révoquée ou a expiré. Exécutez de nouveau `taskguide login`.
signin-error-declined = La connexion a été refusée, vous n’êtes donc pas connecté. Exécutez de nouveau `taskguide login` pour réessayer.
signin-error-expired = Le code de connexion a expiré avant la fin de la connexion. Exécutez de nouveau `taskguide login` et terminez dans le délai affiché.
signin-error-bad-code = Microsoft n’a pas reconnu le code. Exécutez de nouveau `taskguide login --device-code` et saisissez exactement le nouveau code.
signin-error-cancelled = Connexion annulée ; rien n’a été conservé.
signin-error-no-browser = Aucun navigateur n’a pu être ouvert. Utilisez `taskguide login --device-code`.
signin-error-state = La réponse du navigateur n’appartenait pas à cette connexion ; elle a donc été ignorée. Exécutez de nouveau `taskguide login`.
signin-error-loopback = L’écouteur de connexion local a échoué ({ $detail }). Utilisez `taskguide login --device-code`.
signin-error-no-refresh-token = Microsoft n’a fourni aucun jeton d’actualisation ; la connexion ne peut donc pas être conservée. Vérifiez que l’inscription d’application peut demander offline_access, puis reconnectez-vous.
signin-error-cache = La connexion n’a pas pu être conservée ni lue dans { $path } : { $detail }. Exécutez `taskguide logout`, puis `taskguide login`.
graph-error-foreign-link = Microsoft Graph a renvoyé vers { $origin }, qui n’est pas l’hôte Graph configuré ; le lien n’a pas été suivi et aucun jeton n’y a été envoyé. Vérifiez l’adresse --store et l’éventuel proxy.
graph-error-missing-role = Vous êtes connecté, mais vous n’avez aucun des rôles d’annuaire autorisés à attribuer des licences. Demandez à un administrateur { $roles } (Centre d’administration Microsoft Entra → Rôles et administrateurs), puis reconnectez-vous.
graph-check-roles = Votre rôle d’annuaire pour attribuer des licences
signin-done = Connecté en tant que { $user } (locataire { $tenant }).
signin-logged-out = Déconnecté : la connexion conservée a été supprimée.
signin-status-none = Personne n’est connecté. Exécutez `taskguide login`.
signin-status-no-role = aucun rôle autorisé à attribuer des licences
signin-status = Connecté en tant que { $user }
      locataire : { $tenant } ({ $authority })
      application : { $client }
      autorisations : { $scopes }
      rôles de licence : { $roles }
      utilisable jusqu’au : { $until } (actualisé à chaque utilisation)
      conservé dans : { $place }
signin-place-keyring = le magasin d’identifiants du système
signin-browser = Ouverture du navigateur pour la connexion. S’il ne s’ouvre pas, accédez à : { $url }
signin-browser-done = Connecté à taskguide. Vous pouvez fermer cette fenêtre.
signin-device-code = Pour vous connecter, ouvrez { $uri } dans un navigateur et entrez le code { $code }.
signin-file-warning = Avertissement : aucun magasin d’identifiants du système n’a répondu ; la connexion est conservée dans { $path } (lisible par vous seul).
signin-offer = Se connecter à Microsoft Graph maintenant ?
wizard-search-user = Trouver l’utilisateur (une partie du nom ou du nom de connexion) :
wizard-search-user-help = L’annuaire est interrogé pendant la saisie ; Entrée sur une ligne vide liste les premiers utilisateurs.
wizard-search-none = Aucun utilisateur ne correspond à « { $filter } ». Essayez une partie du nom ou du nom de connexion.
signin-check-need-licenses = Ajoutez l’autorisation déléguée LicenseAssignment.Read.All à votre inscription d’application (Autorisations d’API → Microsoft Graph → Autorisations déléguées), donnez votre consentement, puis exécutez de nouveau `taskguide login`.
signin-check-need-users = Ajoutez l’autorisation déléguée User.ReadWrite.All à votre inscription d’application, donnez votre consentement, puis exécutez de nouveau `taskguide login` ; il vous faut aussi le rôle Administrateur de licences ou Administrateur d’utilisateurs.

## site : le site d’aide statique localisé (taskguide site)
cli-site = Générer le site d’aide statique localisé : chaque document dans chaque langue, un sélecteur de langue, l’anglais à la demande, la traduction automatique signalée, une recherche ; seules les pages modifiées sont réécrites.
cli-site-opt-paths = Dossiers de documents (par défaut : content). L’ID d’un document est son chemin sous le dossier, sans .md ni dossier de langue initial.
cli-site-opt-locales_dir = Le dossier de catalogues : locales/<langue>/<id-document>.ftl. Ses messages l’emportent sur le texte des documents.
cli-site-opt-locale = Une langue à générer (répétable). Par défaut : chaque langue qui a des documents ou des catalogues, et en-US.
cli-site-opt-out = Le dossier de sortie : <langue>/<id-document>.html, un index et une recherche par langue, index.html, et sitemap.xml avec --base-url.
cli-site-opt-theme = Un dossier de fichiers de thème (base.html, page.html, index.html, search.html, root.html, sitemap.xml, site.css, site.js) qui remplacent les fichiers intégrés du même nom.
cli-site-opt-check = Ne rien écrire : lister les fichiers qui seraient écrits ou supprimés, et quitter avec le code 1 s’il y en a (pour la CI).
cli-site-opt-base_url = L’adresse publique du site (https://help.example.com/docs), pour sitemap.xml, dont les adresses doivent être absolues : sans elle, aucun sitemap.xml n’est écrit.
cli-site-opt-link_base = Où mènent les liens des documents qui commencent par / (leur site d’origine, p. ex. https://learn.microsoft.com) ; sans elle, ils sont affichés comme du texte, et non comme des liens rompus.
site-summary = { $pages } pages dans { $locales } langues : { $written } fichiers écrits, { $removed } supprimés, { $unchanged } pages inchangées, { $fallbacks } segments pas dans la langue de leur page, { $dead } liens ou images sans destination affichés comme texte. Site : { $out }
site-check-write = écrirait { $path }
site-check-remove = supprimerait { $path }
site-error-theme = impossible de lire le thème { $path } : { $reason }
site-error-template = { $path }:{ $line } : erreur de modèle : { $reason }
site-skip = Aller à l’article
site-home = Tous les articles
site-language = Langue
site-search = Rechercher
site-search-label = Rechercher dans les articles
site-search-none = Aucun article ne correspond.
site-search-count = { $count ->
    [one] { $count } article correspond.
    [many] { $count } d’articles correspondent.
   *[other] { $count } articles correspondent.
}
site-search-noscript = La recherche nécessite JavaScript ; la liste de tous les articles fonctionne sans.
site-show-english = Afficher l’original anglais
site-show-translation = Afficher la traduction
site-guided = Tâche guidée
site-step-done = Terminé : étape
site-index-title = Articles
site-mt-banner = Cet article a été traduit automatiquement et peut contenir des erreurs.
site-mt-link = Lire l’original anglais
site-fallback-badge = Non traduit : affiché dans une autre langue
site-stale-badge = La traduction est plus ancienne que le texte anglais
site-root-title = Choisissez votre langue

## tasks : les tâches produit de l’issue 16 (produits, plusieurs utilisateurs, plans de service, échanges, places, le sélecteur de tâches)
wizard-products = { $count ->
    [one] Un produit dans cette organisation :
    [many] { $count } de produits dans cette organisation :
   *[other] { $count } produits dans cette organisation :
}
wizard-product-line = { $license } — { $assigned } attribuées, { $available } sur { $total } disponibles
wizard-product-suspended = suspendu : { $count } places ne peuvent pas être attribuées tant que l’abonnement n’est pas payé
wizard-product-warning = en avertissement : { $count } places expirent si l’abonnement n’est pas renouvelé
wizard-select-product = Quel produit ?
wizard-select-product-help = Tapez pour filtrer, ↑↓ pour vous déplacer, Entrée pour choisir, Échap pour revenir.
wizard-needs-product = Aucun produit n’est encore choisi : cette tâche a besoin d’une étape select-product avant celle-ci.
wizard-select-users = Utilisateurs à qui attribuer { $license } ({ $max } au plus à la fois) :
wizard-select-users-help = Tapez pour filtrer, Espace pour ajouter ou retirer, Entrée pour continuer, Échap pour revenir. { $seats }
wizard-seats-left = { $left } sur { $available } restantes après ceux-ci
wizard-seats-short = Il ne reste que { $available } places pour { $license } : retirez des utilisateurs, ou achetez d’abord d’autres licences.
wizard-users-max = Au plus { $max } utilisateurs à la fois, comme dans le centre d’administration.
wizard-users-none = Aucun utilisateur n’est choisi : choisissez-en au moins un.
wizard-user-has-product = a déjà { $license }
wizard-user-no-location = aucun emplacement d’utilisation
wizard-batch-user = { $name } <{ $upn }>
wizard-batch-location-missing = { $count ->
    [one] Un de ces utilisateurs n’a pas d’emplacement d’utilisation : { $names }. Une licence en exige un ; il est défini en même temps que la licence.
    [many] { $count } de ces utilisateurs n’ont pas d’emplacement d’utilisation : { $names }. Une licence en exige un ; il est défini en même temps que la licence.
   *[other] { $count } de ces utilisateurs n’ont pas d’emplacement d’utilisation : { $names }. Une licence en exige un ; il est défini en même temps que la licence.
}
wizard-batch-ask-location = { $count ->
    [one] Emplacement d’utilisation de cet utilisateur
    [many] Emplacement d’utilisation de ces { $count } utilisateurs
   *[other] Emplacement d’utilisation de ces { $count } utilisateurs
}
wizard-plan-rules = Comment les applications et services de { $license } dépendent les uns des autres :
wizard-plan-needs = { $plan } a besoin de { $needs }
wizard-plan-excludes = { $plan } ne peut pas être activé en même temps que { $other }
wizard-choose-plans = Applications et services de { $license } : décochez ceux à désactiver.
wizard-choose-plans-help = ↑↓ pour vous déplacer, Espace pour activer ou désactiver, Entrée pour continuer, Échap pour revenir.
wizard-plan-choice = { $plan } ({ $name })
wizard-plan-needs-off = { $plan } a besoin de { $needs }, que vous avez désactivé : réactivez-le, ou désactivez aussi { $plan }.
wizard-plans-off = Désactivés : { $plans }
wizard-plans-all-on = Toutes les applications et tous les services restent activés.
wizard-review-batch = { $count ->
    [one] Attribuer { $license } à un utilisateur :
    [many] Attribuer { $license } à { $count } d’utilisateurs :
   *[other] Attribuer { $license } à { $count } utilisateurs :
}
wizard-batch-seats = { $license } — { $available } sur { $total } disponibles après
wizard-batch-short = Il reste { $available } places pour { $license }, mais ces utilisateurs en ont besoin de { $needed }. Rien n’a été modifié : retirez des utilisateurs, ou achetez d’abord d’autres licences.
wizard-confirm-batch = { $count ->
    [one] Attribuer { $license } à cet utilisateur ?
    [many] Attribuer { $license } à ces { $count } utilisateurs ?
   *[other] Attribuer { $license } à ces { $count } utilisateurs ?
}
wizard-batch-ok = ✓ { $name } <{ $upn }>
wizard-batch-failed = ✗ { $name } <{ $upn }> : { $reason }
wizard-batch-not-run = non effectué : le magasin s’est arrêté avant cet utilisateur.
wizard-batch-done = { $ok } utilisateurs modifiés sur { $total } :
wizard-batch-partial = { $failed ->
    [one] Un utilisateur n’a pas été modifié (la raison est indiquée ci-dessus) ; les autres l’ont été, et le journal contient exactement leurs modifications.
    [many] { $failed } d’utilisateurs n’ont pas été modifiés (les raisons sont indiquées ci-dessus) ; les autres l’ont été, et le journal contient exactement leurs modifications.
   *[other] { $failed } utilisateurs n’ont pas été modifiés (les raisons sont indiquées ci-dessus) ; les autres l’ont été, et le journal contient exactement leurs modifications.
}
wizard-seats-before-after = { $license } : avant { $before_available } sur { $before_total } disponibles, maintenant { $available } sur { $total }
wizard-swap-from = Déplacer des utilisateurs depuis quel produit ?
wizard-swap-to = Vers quel produit ?
wizard-swap-users = Utilisateurs de { $from } à déplacer vers { $to } :
wizard-swap-none-hold = Personne n’a de produit attribué directement : il n’y a personne à déplacer.
wizard-review-swap = { $count ->
    [one] Déplacer un utilisateur de { $from } vers { $to }, en une seule modification (la nouvelle licence ajoutée et l’ancienne retirée ensemble, pour que l’utilisateur ne soit jamais sans boîte aux lettres) :
    [many] Déplacer { $count } d’utilisateurs de { $from } vers { $to }, une modification par utilisateur (la nouvelle licence ajoutée et l’ancienne retirée ensemble, pour que personne ne reste sans boîte aux lettres) :
   *[other] Déplacer { $count } utilisateurs de { $from } vers { $to }, une modification par utilisateur (la nouvelle licence ajoutée et l’ancienne retirée ensemble, pour que personne ne reste sans boîte aux lettres) :
}
wizard-confirm-swap = { $count ->
    [one] Déplacer cet utilisateur ?
    [many] Déplacer ces { $count } utilisateurs ?
   *[other] Déplacer ces { $count } utilisateurs ?
}
guide-pick-task = Quelle tâche ?
guide-pick-task-help = Tapez pour filtrer, ↑↓ pour vous déplacer, Entrée pour commencer, Échap pour quitter.

## exchange : XLIFF et PO pour les traducteurs et les prestataires, décomptes de mots, mémoire de traduction
cli-export = Exporter les messages dont une langue a besoin pour les traducteurs et les prestataires : XLIFF 2.1 (un fichier) ou gettext PO (un fichier par document), avec l’anglais, la traduction actuelle et son état, l’emplacement dans le document, l’ancien anglais des messages obsolètes et des suggestions de la mémoire de traduction ; ou la mémoire de traduction de la langue au format TMX.
cli-export-opt-locale = La langue cible de la traduction.
cli-export-opt-what = Quels messages : missing (manquants), stale (obsolètes), machine (traductions automatiques ou récupérées), all (tous) ; plusieurs séparés par des virgules.
cli-export-opt-file_format = xliff (XLIFF 2.1), po (gettext PO, un fichier par document dans le dossier --out) ou tmx (la mémoire de traduction).
cli-export-opt-docs = ID de documents ou dossiers d’ID (AlchemyInsights/x, AlchemyInsights) ; aucun : tous les documents.
cli-export-opt-out = Le fichier à écrire (XLIFF, TMX) ou le dossier (PO).
cli-export-opt-locales_dir = Le dossier de catalogues.
cli-export-opt-tm = Un fichier TMX dont les traductions sont ajoutées à la mémoire de traduction (répétable).
cli-export-opt-matches = Combien de suggestions de la mémoire de traduction donner par message manquant ou obsolète (0 : aucune).
cli-export-opt-report = text pour les personnes, json pour les programmes.
cli-import-translations = Réintégrer dans les catalogues des fichiers XLIFF ou PO traduits. Une unité dont l’anglais a changé ou dont les codes en ligne ou les espaces réservés diffèrent de l’anglais est refusée avec son fichier:ligne:colonne ; XLIFF final ou un message PO avec un commentaire « # reviewed » est enregistré comme relu, les autres modifications comme modifiées ; rien d’autre n’est touché.
cli-import-translations-opt-files = Fichiers XLIFF (.xlf) ou PO (.po), tels qu’exportés par taskguide export.
cli-import-translations-opt-locales_dir = Le dossier de catalogues dans lequel écrire.
cli-import-translations-opt-format = text pour les personnes, json pour les programmes.
cli-leverage = Compléter les messages manquants d’une langue à partir de correspondances exactes de leur anglais ailleurs (les autres messages et documents de la langue, et les fichiers TMX indiqués), marqués comme récupérés ou automatiques, jamais comme relus.
cli-leverage-opt-locale = La langue à compléter.
cli-leverage-opt-docs = ID de documents ou dossiers d’ID ; aucun : tous les documents.
cli-leverage-opt-locales_dir = Le dossier de catalogues.
cli-leverage-opt-tm = Un fichier TMX pour alimenter la mémoire de traduction (répétable).
cli-leverage-opt-mark = Comment les messages complétés sont marqués : leveraged (récupérés) ou machine (automatiques ; une nouvelle importation peut les remplacer par la traduction du document).
cli-leverage-opt-dry_run = Compter ce qui serait complété sans rien écrire.
cli-leverage-opt-format = text pour les personnes, json pour les programmes.
cli-status-opt-words = Compter les mots comme les prestataires pour leurs devis : par langue et par document, mots nouveaux, mots des messages obsolètes, répétitions, correspondances à 100 % et tranches de correspondances approximatives de la mémoire de traduction.
cli-status-opt-what = Avec --words : quels messages compter (missing, stale, machine, all).
cli-status-opt-locale = Seulement cette langue (répétable).
cli-status-opt-tm = Avec --words : un fichier TMX ajouté à la mémoire de traduction (répétable).
exchange-error-catalog-syntax = { $path } contient des erreurs de syntaxe ; il a donc été laissé tel quel : { $first }
exchange-error-references = { $path } contient des références Fluent ({"{"} $variable {"}"}, {"{"} -term {"}"}) ; le réécrire les transformerait en texte, il a donc été laissé tel quel.
exchange-error-file = { $place } : ce n’est pas un fichier que taskguide peut lire : { $reason }
exchange-refused-unknown-document = la langue n’a pas de catalogue pour ce document
exchange-refused-unknown-message = le document n’a pas de tel message
exchange-refused-english-changed = l’anglais a changé depuis la création du fichier ; exportez de nouveau et traduisez : { $current }
exchange-refused-unknown-code = le code en ligne { $id } ne fait pas partie des codes de l’unité
exchange-refused-codes = les codes en ligne ou les espaces réservés diffèrent de l’anglais (manquants : { $missing } ; absents de l’anglais : { $extra })
exchange-no-document = aucun document ne correspond à { $doc }
export-done = { $units } messages de { $documents } documents écrits dans { $out } ({ $files } fichiers)
import-translations-refused = { $doc } { $id } n’a pas été repris : { $reason }
import-translations-doc = { $doc } : { $added } ajoutés, { $updated } mis à jour, { $state } avec un nouvel état de relecture
import-translations-summary = { $messages } messages modifiés dans { $catalogs } catalogues ; { $unchanged } inchangés, { $refused } refusés, { $untaken } non confirmés ou vides
leverage-doc = { $doc } : { $count } complétés
leverage-summary = { $locale } : { $filled } messages manquants sur { $missing } complétés à partir de correspondances exactes (marqués { $mark }) ; { $fuzzy } autres n’ont que des correspondances approximatives, { $none } aucune correspondance
words-total = mots
words-new = nouveaux
words-repetition = répétés
words-all-documents = (tous les documents)
words-counting = Mots : limites de mots Unicode, sans balisage, URL ni code ; le chinois (han), les kanas, le thaï, le lao, le khmer et le birman sont comptés par caractère.

## check : contrôle qualité des traductions dans toutes les écritures (issue 14)
check-blank-translation = la traduction est vide ou ne contient que des espaces
check-untranslated = de l’anglais est resté non traduit : « { $text } »
check-empty-link-text = le lien vers { $dest } n’a pas de texte : il n’y a rien sur quoi cliquer
check-url-altered = l’URL { $url } a été modifiée : des espaces ou des mots traduits s’y trouvent
check-do-not-translate = « { $term } » doit figurer tel quel dans la traduction
check-term-mismatch = le glossaire traduit « { $source } » par « { $target } », que la traduction n’utilise pas
check-inconsistent-translation = le même anglais est traduit de différentes façons : { $variants }
check-inconsistent-source = la même traduction est utilisée pour des textes anglais différents : { $variants }
check-repeated-word = le mot « { $word } » est répété
check-unpaired-bracket = « { $bracket } » n’ouvre ni ne ferme rien
check-alphanumeric-mismatch = « { $token } » de la source manque dans la traduction
check-hint-blank-translation = traduisez le texte, ou copiez la source si elle doit rester telle quelle
check-hint-untranslated = traduisez l’anglais, ou autorisez le code pour ce message s’il doit rester en anglais
check-hint-empty-link-text = écrivez le texte du lien entre les crochets : [texte](destination)
check-hint-url-altered = copiez l’URL exactement comme dans la source, sans espaces et avec les espaces réservés inchangés
check-hint-do-not-translate = écrivez le nom du produit exactement comme dans la source, avec ses chiffres latins
check-hint-term-mismatch = utilisez la traduction du terme donnée par le glossaire
check-hint-inconsistent-translation = choisissez une traduction et utilisez-la partout, ou autorisez le code là où le contexte diffère
check-hint-inconsistent-source = vérifiez que chaque texte anglais est traduit pour lui-même ; utilisez des traductions différentes là où le sens diffère
check-hint-repeated-word = supprimez le mot répété
check-hint-unpaired-bracket = fermez chaque parenthèse et guillemet que la traduction ouvre, comme le fait la source
check-hint-alphanumeric-mismatch = copiez les codes, les références SKU, les numéros d’erreur et les numéros KB exactement comme dans la source
check-summary-locale = { $locale } : { $counts }
check-html-title = Vérification des traductions
check-html-summary = Résultats par code et par langue
check-html-code = code
check-html-place = emplacement
check-html-message = message
check-html-source = source
check-html-target = cible
check-glossary-error = { $path }:{ $line }:{ $col } : { $reason ->
    [columns] une ligne de glossaire a besoin d’une source et d’une cible (source,target,locale,note)
    [empty] le terme source ou cible est vide
    [header] la première ligne doit être l’en-tête source,target,locale,note
    [csv] le fichier CSV ne peut pas être lu : { $detail }
    [xml] le fichier TBX ne peut pas être lu : { $detail }
   *[other] { $detail }
}
cli-check-opt-glossary = Glossaire (TBX, ou CSV avec source,target,locale,note) dont les traductions doivent employer les termes (répétable)

## leavers: supprimer des utilisateurs (suppression réversible, restauration pendant 30 jours), `store deleted`, `store restore`
store-error-not-supported = Le magasin { $url } ne permet pas de { $operation ->
        [delete] supprimer
        [restore] restaurer
       *[other] lister les
    } des utilisateurs. La suppression, la liste des utilisateurs supprimés et la restauration fonctionnent avec les magasins SQLite, mémoire et Microsoft Graph.
store-error-deleted-not-found = Aucun utilisateur supprimé « { $user } » à restaurer : il n’a jamais été supprimé, il est déjà revenu, ou il a été supprimé il y a plus de 30 jours (il a alors disparu définitivement). Consultez `taskguide store deleted`.
store-error-delete-denied = Microsoft Graph a refusé de { $operation ->
        [delete] supprimer
        [restore] restaurer
       *[other] modifier
    } { $user } : « { $message } » Supprimer et restaurer des utilisateurs nécessite le rôle Administrateur d’utilisateurs (ou Administrateur d’authentification privilégié) et l’autorisation User.ReadWrite.All ; un Administrateur de licences peut attribuer des licences mais pas supprimer d’utilisateurs. Demandez à une personne qui a ce rôle, ou demandez à l’obtenir, puis réessayez.
cli-store-deleted = Lister les utilisateurs supprimés qui peuvent encore être restaurés (30 jours), avec les licences qu’ils avaient.
cli-store-deleted-opt-format = Format de sortie : text (un tableau), ou json avec les noms de champs de Graph.
cli-store-restore = Restaurer un utilisateur supprimé avec ses licences et ses groupes (code de sortie 1 s’il n’y en a aucun à restaurer).
cli-store-restore-opt-user = Le nom de connexion ou l’identifiant de l’utilisateur supprimé (voir `taskguide store deleted`).
cli-store-restore-opt-dry_run = Afficher ce que la restauration ramènerait, sans la faire.
store-deleted-none = Aucun utilisateur supprimé : personne n’a été supprimé ces 30 derniers jours.
store-deleted-col-user = Utilisateur
store-deleted-col-deleted = Supprimé le
store-deleted-col-until = Restaurable jusqu’au
store-deleted-col-licenses = Licences qu’il avait
store-deleted-count = { $count ->
    [one] { $count } utilisateur supprimé ; restaurez-le avec `taskguide store restore <UPN>`.
    [many] { $count } utilisateurs supprimés ; restaurez-en un avec `taskguide store restore <UPN>`.
   *[other] { $count } utilisateurs supprimés ; restaurez-en un avec `taskguide store restore <UPN>`.
}
store-restore-over-seats = Restauré avec toutes les licences qu’il avait, comme le fait Microsoft 365, mais { $licenses } a maintenant plus d’utilisateurs que de licences : retirez une licence à quelqu’un, ou achetez-en davantage.
wizard-delete-pick = Utilisateurs à supprimer (jusqu’à { $max } à la fois) :
wizard-delete-pick-help = Tapez pour filtrer, Espace pour choisir ou retirer, Entrée pour terminer, Échap pour revenir.
wizard-delete-review = { $count ->
    [one] Cet utilisateur sera supprimé et perdra ces licences :
    [many] Ces { $count } utilisateurs seront supprimés et perdront ces licences :
   *[other] Ces { $count } utilisateurs seront supprimés et perdront ces licences :
}
wizard-delete-loses = • { $name } <{ $upn }> : { $licenses }
wizard-delete-seats = Licences libres ensuite :
wizard-delete-seat-line = { $license } : { $available } disponibles sur { $total }
wizard-delete-restorable = Un utilisateur supprimé peut être restauré pendant 30 jours, avec ses licences : `taskguide store restore <UPN>`, ou annulez l’entrée du journal.
wizard-delete-dry-run = { $count ->
    [one] Simulation : cet utilisateur serait supprimé. Rien n’a été supprimé.
    [many] Simulation : ces { $count } utilisateurs seraient supprimés. Rien n’a été supprimé.
   *[other] Simulation : ces { $count } utilisateurs seraient supprimés. Rien n’a été supprimé.
}
wizard-delete-type-upn = Pour supprimer, tapez le nom de connexion { $upn } :
wizard-delete-type-count = { $count ->
    [one] Pour supprimer, tapez le nombre d’utilisateurs : 1
    [many] Pour supprimer ces utilisateurs, tapez leur nombre ({ $count }) :
   *[other] Pour supprimer ces utilisateurs, tapez leur nombre ({ $count }) :
}
wizard-delete-type-help = Le taper garantit que ce sont les bons utilisateurs qui partent. Échap pour revenir.
wizard-delete-type-empty = Tapez-le pour supprimer, ou appuyez sur Échap pour revenir.
wizard-delete-mismatch-upn = Vous avez tapé « { $typed } », et non { $upn } : rien n’a été supprimé.
wizard-delete-mismatch-count = Vous avez tapé « { $typed } », mais { $count } utilisateurs sont choisis : rien n’a été supprimé. Vérifiez les utilisateurs choisis, puis tapez leur nombre.
wizard-delete-col-user = Utilisateur
wizard-delete-col-freed = Licences libérées
wizard-delete-col-result = Résultat
wizard-delete-ok = ✓ supprimé (restaurable pendant 30 jours)
wizard-delete-failed = ✗ non supprimé : { $reason }
wizard-delete-done = { $ok } utilisateurs supprimés sur { $total } :
wizard-delete-journal = { $count ->
    [one] Entrée de journal { $ids } ; pour restaurer l’utilisateur : taskguide store undo { $last }
    [many] Entrées de journal { $ids } ; pour restaurer un utilisateur, annulez son entrée : taskguide store undo { $last }
   *[other] Entrées de journal { $ids } ; pour restaurer un utilisateur, annulez son entrée : taskguide store undo { $last }
}
wizard-delete-partial = { $failed ->
    [one] { $failed } utilisateur n’a pas été supprimé (la raison figure dans le tableau) ; les autres l’ont été, et le journal contient exactement leurs suppressions.
    [many] { $failed } utilisateurs n’ont pas été supprimés (les raisons figurent dans le tableau) ; les autres l’ont été, et le journal contient exactement leurs suppressions.
   *[other] { $failed } utilisateurs n’ont pas été supprimés (les raisons figurent dans le tableau) ; les autres l’ont été, et le journal contient exactement leurs suppressions.
}
store-history-kind = { $kind ->
    [delete] utilisateur supprimé (restaurable pendant 30 jours)
   *[other] utilisateur restauré
}
wizard-delete-in-error = (aussi { $license } du groupe { $group } : le groupe n’a pas pu l’attribuer, aucune licence n’est donc libérée)
## tasks: product flows searched on large directories, the live seat count
wizard-search-users = Trouver les utilisateurs à ajouter (une partie d’un nom ou d’un nom de connexion ; Entrée sur une ligne vide pour terminer) :
wizard-search-users-help = L’annuaire est interrogé avec ce que vous tapez ; les utilisateurs cochés le restent.
wizard-search-users-done = Puis Entrée sur une ligne de recherche vide pour continuer.
wizard-search-users-none = Aucun utilisateur ne correspond. Essayez une partie du nom ou du nom de connexion.
wizard-seats-now = Licences : { $line }
## site: the sitemap needs --base-url
site-error-base-url = --base-url { $url } n’est pas une adresse http ou https absolue (comme https://help.example.com/docs)
site-no-sitemap = remarque : pas de sitemap.xml sans --base-url (les adresses d’un plan de site doivent être absolues)
## checkqa : mots en CamelCase ou en MAJUSCULES, erreurs des paramètres de vérification avec leur position
check-cased-word-mismatch = « { $word } » de la source manque dans la traduction
check-hint-cased-word-mismatch = conservez les noms de produits, de fonctionnalités, de paramètres et de protocoles (CamelCase, MAJUSCULES) tels que la source les écrit, sauf si la langue a sa propre forme consacrée
check-config-error-at = { $path }:{ $line }:{ $col } : paramètres de vérification non valides : { $reason }
check-config-unknown-code-at = { $path }:{ $line }:{ $col } : il n’y a pas de code de vérification « { $code } » ; les codes sont : { $known }
## store-err: a group license Microsoft Graph reports in error: Graph's error code, then the state in words
store-license-group-problem = { $group } ⚠ { $error } ({ $state ->
        [Error] Erreur
        [ActiveWithError] Active avec erreur
        [Disabled] Désactivée
       *[other] Active
    })
