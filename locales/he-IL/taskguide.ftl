# taskguide's own messages, he-IL (Hebrew). Every message of en-US/taskguide.ftl must exist here.
# review: not reviewed by a native speaker (translated by a developer, machine-assisted)
# Style: terminology of the Microsoft 365 admin center in Hebrew (רישיון, משתמש, מיקום שימוש,
# מנוי, תוכנית שירות, קבוצה, מרכז הניהול); masculine imperative as in Microsoft's Hebrew UI.
# Plural selects use the CLDR categories of Hebrew as intl_pluralrules 7 has them: one, two,
# many (20, 30, …) and other. No bidi control characters here: the wizard marks left-to-right
# values at run time (src/l10n/bidi.rs).

## Labels

label-error = שגיאה
label-warning = אזהרה

## Counts

count-files = { $count ->
    [one] קובץ אחד
    [two] שני קבצים
    [many] { $count } קבצים
   *[other] { $count } קבצים
}

## Errors

error-bad-locale = "{ $tag }" אינו תג אזור חוקי של BCP 47 (נסה en-US, nb-NO או sv-SE)
error-unknown-locale = "{ $tag }" בנוי כהלכה אך אינו מציין שפה מוכרת (נסה en-US, nb-NO או sv-SE)
error-write-stdout = לא ניתן לכתוב לפלט הרגיל: { $reason }

## Command line

cli = הופך מאמרי עזרה דו-לשוניים מתורגמים לקטלוגים של Fluent, למסמכים מתורגמים ולמשימות מודרכות.
cli-exit-codes = קודי יציאה: 0 הצלחה; 1 העבודה נכשלה (קבצים שלא ניתן לקרוא או לכתוב, נמצאו שגיאות, שינוי נדחה); 2 שורת הפקודה שגויה (אפשרות או ערך לא ידועים, קלט חסר, אזור פגום).
cli-help-heading-usage = שימוש
cli-help-heading-options = אפשרויות
cli-help-heading-arguments = ארגומנטים
cli-help-heading-commands = פקודות
cli-help-flag = הצג עזרה
cli-version-flag = הצג גירסה
cli-help = הצג הודעה זו או את העזרה של הפקודות הנתונות
cli-help-opt-subcommand = הפקודה שאת העזרה שלה יש להציג
cli-default = ברירת מחדל: { $value }
cli-possible-values = ערכים אפשריים: { $values }
cli-locales = הצג את תיקיות האזור של תיקיית קטלוגים ודווח על התיקיות שאינן נקראות: שמות שאינם תגי BCP 47 קנוניים (de-de, nb_NO) או שאינם אזורים (norsk). קוד היציאה הוא 1 כל עוד נותרה תיקייה כזו.
cli-locales-opt-locales_dir = תיקיית הקטלוגים.
cli-locales-opt-fix = שנה את שמה של כל תיקייה לא קנונית לתג הקנוני שלה (nb_NO → nb-NO). תיקייה שהשם הקנוני שלה כבר קיים נשארת כפי שהיא ומדווחת עם שני השמות.
cli-completions = הדפס לפלט הרגיל את קובץ ההשלמה של מעטפת (bash, zsh, fish, powershell, elvish).
cli-completions-opt-shell = המעטפת.
cli-man = כתוב את דף המדריך (roff) לפלט הרגיל, או עם --out דף אחד לכל פקודה לתוך תיקייה.
cli-man-opt-out = התיקייה שאליה ייכתבו taskguide.1, taskguide-render.1 וכן הלאה.

## Document diagnostics

diag-unpaired-span = לקטע המתורגם "{ $id }" אין מחצית מקור באנגלית (sxs-lookup) לפני הזוג הבא; נשמר כטקסט
diag-orphan-source = למחצית מקור באנגלית (sxs-lookup) אין קטע מתורגם לפניה; נשמרה כטקסט
diag-mismatched-ids = למחצית המתורגמת יש מזהה "{ $target }" אך למחצית האנגלית יש "{ $source }"
diag-stray-close-tag = תג </span> כאן אינו סוגר דבר שנפתח במחצית זו; נקרא כטקסט
diag-unterminated-pair = המחצית האנגלית של "{ $id }" אינה מגיעה לעולם אל </span></span> הסוגר שלה; נשמרה כטקסט
diag-pair-crosses-lines = הזוג "{ $id }" נמשך על פני יותר משורה אחת
diag-empty-target = לזוג "{ $id }" יש תרגום ריק
diag-duplicate-id = מזהה הזוג "{ $id }" כבר נמצא בשימוש במסמך זה
diag-broken-front-matter = שורת Front Matter זו אינה "key: value" או "- item"; נשמרה כפי שהיא
diag-unclosed-front-matter = ה-Front Matter שנפתח כאן אינו נסגר לעולם ב-"---"; נקרא כטקסט
diag-not-utf8 = הקובץ אינו UTF-8 חוקי (הבית הלא חוקי הראשון נמצא כאן)
error-read = לא ניתן לקרוא את { $path }: { $reason }
## Catalogs

ftl-error-expected-token = נדרש "{ $token }"
ftl-error-expected-range = נדרש אחד מתוך "{ $range }"
ftl-error-message-without-value = להודעה "{ $id }" אין ערך
ftl-error-term-without-value = למונח "-{ $id }" אין ערך
ftl-error-forbidden-callee = ניתן לקרוא רק לפונקציות, ששמותיהן באותיות רישיות
ftl-error-missing-default-variant = לביטוי הבחירה אין וריאנט ברירת מחדל (מסומן ב-*)
ftl-error-missing-value = נדרש ערך
ftl-error-multiple-default-variants = לביטוי הבחירה יש יותר מווריאנט ברירת מחדל אחד
ftl-error-bad-selector = ביטוי זה אינו יכול לבחור בין וריאנטים
ftl-error-term-attribute-as-placeable = לא ניתן להשתמש בתכונה של מונח כמציין מיקום
ftl-error-unterminated-string = מחרוזת הטקסט אינה נסגרת לפני סוף השורה
ftl-error-positional-after-named = ארגומנטים לפי מיקום חייבים לבוא לפני ארגומנטים בעלי שם
ftl-error-duplicated-argument = הארגומנט בעל השם "{ $name }" ניתן פעמיים
ftl-error-unknown-escape = רצף תווי בריחה לא ידוע "{ $sequence }" (מחרוזת מתירה \\, \", \uXXXX ו-\UXXXXXX)
ftl-error-invalid-unicode-escape = תו בריחה של Unicode לא חוקי "{ $sequence }" (\u מקבל 4 ספרות הקסדצימליות, \U מקבל 6)
ftl-error-unbalanced-brace = סוגר מסולסל סוגר ללא פותח (לסוגר מסולסל מילולי כתוב {"{"}"{"}"}"{"}"})
ftl-error-expected-expression = נדרש ביטוי: מחרוזת, מספר, משתנה או הפניה
ftl-error-expected-literal = נדרשים מחרוזת או מספר
ftl-error-duplicate-id = ההודעה "{ $id }" מוגדרת שוב; נעשה שימוש בהגדרה הראשונה
ftl-error-no-value = להודעה "{ $id }" יש תכונות אך אין ערך
catalog-folder-not-canonical = { $folder } אינה נקראת: שם תיקיית קטלוג הוא התג הקנוני "{ $canonical }" (שנה את שמה, או הפעל taskguide locales --fix)
catalog-folder-not-a-locale = { $folder } אינה נקראת: שמה אינו תג אזור
catalog-folder-fix-exists = שמה של { $from } לא שונה: { $to } כבר קיימת (העבר את הקטלוגים שלה אל { $to } באופן ידני)
catalog-folder-fix-failed = לא ניתן לשנות את השם של { $from } ל-{ $to }: { $reason }
catalog-folder-renamed = השם של { $from } שונה ל-{ $to }
locales-none = אין תיקיות אזור ב-{ $dir }

## Render and steps

error-no-such-path = { $path } אינו קיים
error-dir-needs-out = { $path } היא תיקייה: ציין --out DIR כדי לכתוב לתוכה את המסמכים המעובדים
error-write = לא ניתן לכתוב את { $path }: { $reason }
render-fallback = { $path }: ההודעה { $id } אינה זמינה ב-{ $wanted }; נעשה שימוש ב-{ $used }
render-stale = { $path }: ההודעה { $id } ב-{ $catalog } תורגמה מאנגלית אחרת; נעשה שימוש בטקסט של המסמך
    תורגם מתוך: { $old }
    האנגלית כעת: { $new }
render-broken = { $path }: ההודעה { $id } ב-{ $catalog } שוברת את הקטע שלה ({ $reason }); נעשה שימוש בטקסט של המסמך
render-broken-variable = משתנה { "{" } ${ $name } { "}" } שדבר אינו נותן לו ערך
render-broken-message = הפניה להודעה { $id }
render-broken-term = הפניה למונח { $id }
render-broken-line-break = מעבר שורה שמסיים מוקדם את { $block ->
    [heading] הכותרת
    [table-cell] תא הטבלה
    [list-item] פריט הרשימה
   *[paragraph] הפסקה
}
render-broken-cell-split = תו | שמפצל את תא הטבלה
render-broken-marker = סימן { $marker } שמתחיל בלוק חדש
render-broken-duplicate = המזהה שלה מוגדר יותר מפעם אחת בקטלוג
render-refused = { $catalog } הוא הקטלוג של { $found } ({ $found_locale }), לא של { $doc } ({ $locale }); לא נעשה בו שימוש (האם הועתק מעל קטלוג של מסמך אחר?)
render-state-unreadable = { $reason }; נעשה שימוש בקטלוג שלו ללא האנגלית שממנה תורגם
render-summary = { $files ->
    [one] מסמך אחד
    [two] שני מסמכים
    [many] { $files } מסמכים
   *[other] { $files } מסמכים
}, { $fallbacks ->
    [0] ללא חלופות
    [one] חלופה אחת
    [two] שתי חלופות
    [many] { $fallbacks } חלופות
   *[other] { $fallbacks } חלופות
}
steps-labels = תוויות: { $labels }
steps-link = קישור: { $text } <{ $url }>
cli-render = עבד מסמכים בכל אזור: Markdown חד-לשוני, התבנית הדו-לשונית או HTML.
cli-render-opt-path = מסמך או תיקייה: כל קובץ *.md תחתיה מעובד לאותו נתיב יחסי תחת --out.
cli-render-opt-locale = האזור לעיבוד (כל תג BCP 47: no ו-nb הם nb-NO, nn-NO נסוג ל-nb-NO, iw הוא he; סינית מסורתית לעולם אינה נסוגה לסינית פשוטה). ברירת מחדל: האזור של כל מסמך.
cli-render-opt-format = markdown (חד-לשוני), bilingual (התבנית המקורית זה לצד זה) או html.
cli-render-opt-out = תיקיית הפלט (נדרשת עבור תיקייה). בלעדיה, מסמך יחיד נכתב לפלט הרגיל.
cli-render-opt-locales_dir = תיקיית הקטלוגים: locales/<locale>/<doc-id>.ftl. ההודעות שבה גוברות על הטקסט שבמסמך.
cli-render-opt-strict = צא עם קוד 1 אם הודעה כלשהי נסוגה לאזור אחר, אינה עדכנית (תורגמה מאנגלית אחרת) או שוברת את הקטע שלה.
cli-render-opt-root = התיקייה שממנה נלקחים מזהי המסמכים (מזהה הוא הנתיב תחתיה, ללא .md). ברירת מחדל: התיקייה שניתנה, או התיקייה של המסמך; השתמש בתיקייה שממנה ייבאת.
cli-steps = הדפס את השלבים של מסמך: מספר, טקסט, תוויות ממשק וקישורים, באזור מסוים.
cli-steps-opt-doc = המסמך.
cli-steps-opt-locale = האזור (כל תג BCP 47). ברירת מחדל: האזור של המסמך.
cli-steps-opt-format = text לבני אדם, json לתוכניות.
cli-steps-opt-locales_dir = תיקיית הקטלוגים: locales/<locale>/<doc-id>.ftl.

## Import

import-catalog = { $path }: { $added } נוספו, { $updated } עודכנו, { $stale } אינם עדכניים, { $obsolete } מיושנים
import-obsolete = מיושן (נשמר; --prune מסיר אותו): { $id }
import-pruned = מיושן, הוסר: { $id }
import-stale = אינו עדכני (מקור האנגלית השתנה): { $id }
import-edited = נערך בקטלוג, נשמר: { $id }
import-adopted = אין תיעוד לאופן שבו נוצר טקסט זה; הטקסט של הקטלוג נשמר (נרשם כנערך): { $id }
import-needed = מיושן כאן, נשמר משום שהקטלוג של אזור אחר מכיל אותו: { $id }
import-summary = { $catalogs ->
    [one] יובא קטלוג אחד
    [two] יובאו שני קטלוגים
    [many] יובאו { $catalogs } קטלוגים
   *[other] יובאו { $catalogs } קטלוגים
}
import-error-syntax = ב-{ $path } יש שגיאות תחביר ({ $first }); תקן אותן לפני שתייבא שוב, כדי ששום דבר בו לא יאבד
import-error-references = { $path }: { $ids } משתמשים בהפניות של Fluent (משתנה, הודעה אחרת או מונח) שקטלוג מסמך אינו יכול לפתור; תקן אותן לפני שתייבא שוב, כדי שהייבוא הבא לא יהפוך אותן לטקסט
import-error-no-locale = { $path } אינו מציין אזור (אין ms.contentlocale ב-Front Matter שלו ואין תיקיית אזור בנתיב שלו)
import-error-state = לא ניתן להשתמש בקובץ המצב { $path }: { $reason }; תקן או מחק אותו (הטקסטים של הקטלוג יישמרו אז כנערכים)
import-error-case = ל-{ $path } ול-{ $other } יש מזהים הנבדלים רק ברישיות ({ $id }, { $other_id }); ב-Windows וב-macOS הם יחלקו קטלוג אחד; דילגנו (שנה את השם של אחד מהם)
import-error-name = { $path }: המזהה שלו { $id } אינו יכול לשמש כשם קובץ ב-Windows או ב-macOS ({ $component }); דילגנו (שנה את שמו)
cli-import = ייבא מסמכים דו-לשוניים לקטלוגים של Fluent: locales/en-US/<doc-id>.ftl מהמחציות באנגלית, locales/<locale>/<doc-id>.ftl מהמחציות המתורגמות. עריכות ידניות נשמרות; תרגומים שהאנגלית שלהם השתנתה מסומנים כלא עדכניים.
cli-import-opt-paths = מסמכים או תיקיות (כל קובץ *.md תחתיהן).
cli-import-opt-locales_dir = תיקיית הקטלוגים שאליה יש לכתוב.
cli-import-opt-prune = הסר הודעות שכבר אינן במסמך (אחרת הן רק מדווחות).
cli-import-opt-format = text לבני אדם, json לתוכניות.
## Store

store-error-user-not-found = אין משתמש "{ $user }" במאגר זה. חפש את שם הכניסה באמצעות `taskguide store users --search …`.
store-error-unknown-sku = "{ $sku }" אינו רישיון שיש לארגון שלך. ראה את הרשימה באמצעות `taskguide store skus`, וציין אותו לפי מק"ט (כגון SPE_E3) או מזהה SKU.
store-error-usage-location = ל-{ $user } אין מיקום שימוש, וניתן להקצות רישיון רק למשתמש שיש לו מיקום שימוש. הגדר אותו תחילה, לדוגמה `taskguide store set-location --user { $user } NO`, או באשף.
store-error-no-seats = לא נותרו רישיונות { $sku }. שחרר רישיון על-ידי הסרתו ממי שכבר אינו זקוק לו, או קנה רישיונות נוספים, ולאחר מכן נסה שוב.
store-error-not-held = ל-{ $user } אין { $sku }, ולכן אין מה להסיר.
store-error-inherited = { $user } מקבל את { $sku } מהקבוצה "{ $group }", ולכן לא ניתן להסיר אותו ישירות מהמשתמש. הסר את המשתמש מהקבוצה, או את הרישיון מהקבוצה.
store-error-plan-dependency = תוכנית השירות { $plan } זקוקה ל-{ $needed }, ששינוי זה ישאיר כבויה. השאר את { $needed } מופעלת, או כבה גם את { $plan }.
store-error-exclusive = תוכניות השירות { $a } ו-{ $b } אינן יכולות להיות מופעלות שתיהן עבור אותו משתמש. כבה אחת מהן (SKU:PLAN), או הסר את הרישיון האחר באותה פקודה.
store-error-invalid-plan = ל-{ $sku } אין תוכנית שירות "{ $plan }". ראה את התוכניות שלו באמצעות `taskguide store skus`.
store-error-add-and-remove = { $sku } גם נוסף וגם הוסר באותו שינוי. בחר אחד מהם.
store-error-bad-location = "{ $value }" אינו קוד מדינה. השתמש בקוד ISO 3166 בן שתי אותיות כגון NO, SE או US.
store-error-not-initialized = עדיין אין מאגר רישיונות ב-{ $url }. צור אחד באמצעות `taskguide store init --demo` (ארגון הדגמה) או `taskguide store init`.
store-error-already-initialized = מאגר רישיונות כבר קיים ב-{ $url }. הוסף --force כדי להחליף אותו; פעולה זו מוחקת את המשתמשים, הרישיונות והיומן שלו.
store-error-bad-url = "{ $url }" אינה כתובת מאגר. השתמש ב-sqlite:PATH, memory:, memory:demo, graph: או graph:BASE-URL.
store-error-not-a-store = { $path } אינו מאגר רישיונות של taskguide, או שהוא פגום ({ $detail }). הפנה את --store לקובץ אחר, או העבר קובץ זה למקום אחר והפעל `taskguide store init`.
store-error-newer-schema = { $path } נכתב על-ידי taskguide חדש יותר (גירסת מאגר { $version }). עדכן את taskguide כדי להשתמש בו.
store-error-read-only = { $path } מיועד לקריאה בלבד, ולכן דבר לא שונה. הפוך אותו לניתן לכתיבה (chmod u+w) או בחר מאגר אחר באמצעות --store.
store-error-busy = { $path } ננעל על-ידי תוכנית אחרת זמן רב מדי, ולכן דבר לא שונה. נסה שוב כשהיא תסיים.
store-error-storage = מאגר הרישיונות נכשל, ולכן דבר לא שונה: { $detail }
store-error-entry-not-found = אין רשומת יומן { $id }. ראה את הרשומות באמצעות `taskguide store history`.
store-error-undo-conflict = לא ניתן לבטל את רשומה { $id }: { $user } השתנה מאז. הרשומה השאירה { $expected }; כעת זה { $actual }. בטל תחילה את הרשומות המאוחרות יותר (ראה `taskguide store history --user { $user }`).
store-graph-note = Microsoft Graph היה עונה { $status } { $code }: "{ $message }"
store-init-demo = נוצר מאגר רישיונות להדגמה ב-{ $url }: { $users ->
    [one] משתמש אחד
    [two] שני משתמשים
    [many] { $users } משתמשים
   *[other] { $users } משתמשים
}, { $skus ->
    [one] רישיון אחד
    [two] שני רישיונות
    [many] { $skus } רישיונות
   *[other] { $skus } רישיונות
}, { $groups ->
    [one] קבוצה אחת
    [two] שתי קבוצות
    [many] { $groups } קבוצות
   *[other] { $groups } קבוצות
}.
store-init-empty = נוצר מאגר רישיונות ריק ב-{ $url }.
store-users-count = { $count ->
    [one] משתמש אחד
    [two] שני משתמשים
    [many] { $count } משתמשים
   *[other] { $count } משתמשים
}
store-history-line = #{ $id }  { $at }  { $actor }  { $user }: { $before } → { $after }  ({ $command })
store-history-count = { $count ->
    [one] רשומה אחת
    [two] שתי רשומות
    [many] { $count } רשומות
   *[other] { $count } רשומות
}
store-sku-line = { $part } ({ $name }): נותרו { $available } מתוך { $total }, { $plans ->
    [one] תוכנית שירות אחת
    [two] שתי תוכניות שירות
    [many] { $plans } תוכניות שירות
   *[other] { $plans } תוכניות שירות
}
store-change-location = מיקום שימוש { $before } → { $after }
store-change-off = כובו: { $plans }
store-seats-left = נותרו { $available } מתוך { $total }
store-unchanged = אין שינוי: ל-{ $user } כבר יש בדיוק את זה.
store-dry-run = הפעלת ניסיון: דבר לא שונה.
store-applied = בוצע (רשומת יומן { $id }; `taskguide store undo { $id }` מבטל אותה).
store-row-ok = הצליח     { $user }
store-row-unchanged = ללא שינוי  { $user }
store-row-error = שגיאה      { $user }: { $reason }
store-bulk-summary = { $total ->
    [one] משתמש אחד
    [two] שני משתמשים
    [many] { $total } משתמשים
   *[other] { $total } משתמשים
}: { $changed } שונו, { $unchanged } ללא שינוי, { $failed } נכשלו.
store-assign-no-user = ציין את המשתמש באמצעות --user UPN, או את המשתמשים באמצעות --users-from FILE.csv.
store-assign-nothing = ציין מה לשנות באמצעות --add SKU או --remove SKU.
store-csv-unreadable = לא ניתן לקרוא את { $path }: { $reason }
store-csv-no-column = ב-{ $path } אין עמודה userPrincipalName (הכותרת שלו היא "{ $header }"). הוסף עמודה בשם userPrincipalName עם שם כניסה אחד בכל שורה.
store-csv-empty-upn = { $path }, שורה { $line }: ה-userPrincipalName ריק.
store-csv-empty = { $path } אינו מפרט משתמשים.
store-csv-fields = { $path }, שורה { $line }: { $found ->
    [one] שדה אחד
    [two] שני שדות
    [many] { $found } שדות
   *[other] { $found } שדות
} כאשר בכותרת יש { $expected }.
store-csv-utf8 = { $path }, שורה { $line }: אינו טקסט UTF-8 חוקי. שמור את הקובץ כ-UTF-8.
cli-store = צור ובדוק את מאגר הרישיונות (משתמשים, רישיונות, יומן), בטל שינוי.
cli-store-opt-store = המאגר: sqlite:PATH, memory:, memory:demo, או graph: עבור דייר Microsoft 365 דרך Microsoft Graph (אחרת $TASKGUIDE_STORE; ברירת מחדל: sqlite:$XDG_DATA_HOME/taskguide/licenses.db).
cli-store-opt-actor = השם שנרשם ביומן (ברירת מחדל: משתמש מערכת ההפעלה).
cli-store-init = צור את המאגר: ריק, או ארגון הדגמה עם --demo.
cli-store-init-opt-demo = מלא אותו בארגון ההדגמה: 50 משתמשים, 7 רישיונות, קבוצה אחת.
cli-store-init-opt-force = החלף מאגר קיים (מוחק את המשתמשים, הרישיונות והיומן שלו).
cli-store-users = הצג את המשתמשים ואת הרישיונות שלהם.
cli-store-users-opt-search = רק משתמשים ששם הכניסה או שם התצוגה שלהם מכיל את TEXT.
cli-store-users-opt-format = תבנית פלט: text, או json עם שמות השדות של Graph.
cli-store-skus = הצג את הרישיונות (SKU) עם המקומות שנותרו ותוכניות השירות.
cli-store-skus-opt-format = תבנית פלט: text, או json עם שמות השדות של Graph.
cli-store-history = הצג את היומן: מי שינה את הרישיונות של איזה משתמש, מתי וכיצד.
cli-store-history-opt-user = רק הרשומות של משתמש זה.
cli-store-history-opt-format = תבנית פלט: text או json.
cli-store-undo = בטל שינוי שנרשם ביומן, אם המשתמש לא השתנה מאז.
cli-store-undo-opt-id = רשומת היומן (ראה `taskguide store history`).
cli-store-undo-opt-dry_run = הצג מה הביטול יעשה מבלי לבצע אותו.
cli-store-set-location = הגדר את מיקום השימוש של משתמש (נדרש לפני כל רישיון).
cli-store-set-location-opt-user = שם הכניסה או המזהה של המשתמש.
cli-store-set-location-opt-location = קוד מדינה ISO 3166 בן שתי אותיות, כגון NO.
cli-assign = הוסף, עדכן או הסר רישיונות עבור משתמש אחד או עבור המשתמשים בקובץ CSV. קוד יציאה 1 אם המאגר מסרב או ששורה כלשהי נכשלת; 2 עבור שורת פקודה או קובץ CSV שגויים (ואז דבר אינו משתנה).
cli-assign-opt-store = המאגר: sqlite:PATH, memory:, memory:demo, או graph: עבור דייר Microsoft 365 דרך Microsoft Graph (אחרת $TASKGUIDE_STORE; ברירת מחדל: sqlite:$XDG_DATA_HOME/taskguide/licenses.db).
cli-assign-opt-actor = השם שנרשם ביומן (ברירת מחדל: משתמש מערכת ההפעלה).
cli-assign-opt-user = שם הכניסה או המזהה של המשתמש.
cli-assign-opt-users_from = קובץ CSV עם עמודה userPrincipalName (עמודות אחרות מתעלמים מהן); שורת תוצאה אחת לכל משתמש. בטוח להפעלה חוזרת.
cli-assign-opt-add = SKU[:PLAN,…]: הוסף את הרישיון (לפי מק"ט או מזהה) כשתוכניות השירות המפורטות כבויות; עבור רישיון שכבר יש למשתמש, החלף את התוכניות הכבויות שלו. ניתן לחזור על כך.
cli-assign-opt-remove = הסר רישיון זה (מק"ט או מזהה). ניתן לחזור על כך.
cli-assign-opt-dry_run = בדוק את השינוי והצג אותו, עם המקומות שנותרו, מבלי לבצע אותו.

## Status

status-doc = מסמך
status-locale = אזור
status-translated = מתורגם
status-stale = לא עדכני
status-missing = חסר
status-machine = מכונה
status-edited = נערך
status-reviewed = נבדק
status-stale-message = { $doc } ({ $locale }) { $id } אינו עדכני
    תורגם מתוך: { $old }
    האנגלית כעת: { $new }
status-total = { $locale }: { $translated } מתורגמים, { $stale } לא עדכניים, { $missing } חסרים ({ $percent }%)
status-review-total = { $locale }: { $machine } מכונה, { $edited } נערכו, { $reviewed } נבדקו
cli-status = הצג, לכל מסמך ואזור, כמה הודעות מתורגמות, אינן עדכניות או חסרות.
cli-status-opt-locales_dir = תיקיית הקטלוגים.
cli-status-opt-format = text לבני אדם, json לתוכניות.
import-duplicate-id = ל-{ $path } יש אותו מזהה מסמך "{ $id }" כמו ל-{ $first } באותו אזור; דילגנו (שנה את השם של אחד מהם)
store-detail-directory = תיקייה, לא קובץ

## Wizard
cli-guide = עבור על משימה שלב אחר שלב בשפה שלך, ובצע כל שלב מול מאגר הרישיונות (או, עבור מסמך ללא פעולות, כרשימת משימות). ללא TASK, הצג את המשימות.
cli-guide-opt-task = המשימה: מזהה מסמך כגון how-to-assign-a-license-to-a-user, או הנתיב של מסמך.
cli-guide-opt-locale = השפה של השלבים ושל האשף (ברירת מחדל: LC_ALL, LC_MESSAGES או LANG, אחרת en-US).
cli-guide-opt-store = המאגר: sqlite:PATH, memory:demo, או graph: עבור דייר Microsoft 365 (אחרת $TASKGUIDE_STORE; ברירת מחדל: sqlite:$XDG_DATA_HOME/taskguide/licenses.db, נוצר עם ארגון ההדגמה בשימוש הראשון).
cli-guide-opt-actor = השם שנרשם ביומן (ברירת מחדל: משתמש מערכת ההפעלה).
cli-guide-opt-answers = ענה מקובץ TOML או JSON (user, add, remove, usage_location, confirm) במקום לשאול, והדפס תמליל. עבור קבצי Script ומחשבים ללא מסוף.
cli-guide-opt-dry_run = הצג את סקירת השינוי ועצור לפני החלתו.
cli-guide-opt-content = תיקיית המסמכים (content/<locale>/<doc>.md, content/<doc>.task.toml).
cli-guide-opt-locales_dir = תיקיית הקטלוגים (locales/<locale>/<doc>.ftl).
guide-list = { $count ->
    [one] משימה אחת ב-{ $content }:
    [two] שתי משימות ב-{ $content }:
    [many] { $count } משימות ב-{ $content }:
   *[other] { $count } משימות ב-{ $content }:
}
guide-list-guided = מודרכת מול מאגר הרישיונות
guide-list-checklist = רשימת משימות
guide-list-hint = התחל אחת באמצעות: taskguide guide <TASK>
guide-no-task = אין משימה "{ $task }": אין קובץ בשם זה ואין { $task }.md תחת { $content }/. הפעל `taskguide guide` כדי להציג את המשימות.
guide-no-terminal = האשף זקוק למסוף כדי לשאול את שאלותיו. כדי להפעיל אותו בלי מסוף, שים את התשובות בקובץ והעבר אותו באמצעות --answers, לדוגמה: taskguide guide { $task } --answers answers.toml (שדות: user, add, remove, usage_location, confirm).
guide-demo-created = עדיין אין מאגר רישיונות: נוצר מאגר ב-{ $path } עם ארגון ההדגמה ({ $users } משתמשים) לתרגול.
guide-demo-dir = לא ניתן ליצור את { $path }: { $reason }
guide-terminal-error = המסוף נכשל: { $reason }
task-bindings-io = לא ניתן לקרוא את הקישורים: { $reason }
task-bindings-syntax = אינו קובץ קישורים חוקי: { $reason }
task-bindings-unknown-step = למסמך אין שלב "{ $id }" (השלבים שלו: { $known }).
task-bindings-unknown-action = אין פעולה בשם "{ $name }" (הפעולות: { $known }).
wizard-welcome = { $title } — { $steps ->
    [one] שלב אחד
    [two] שני שלבים
    [many] { $steps } שלבים
   *[other] { $steps } שלבים
}.
wizard-welcome-bound = אציג כל שלב כפי שהמאמר מתאר אותו, ולאחר מכן נבצע אותו יחד במאגר הרישיונות { $store }.
wizard-welcome-checklist = אציג כל שלב כפי שהמאמר מתאר אותו; בצע אותו, ולאחר מכן אמור לי שהוא בוצע.
wizard-welcome-dry-run = הפעלת ניסיון: תראה את השינוי, אך דבר לא יוחל.
wizard-keys = Esc חוזר שלב אחד אחורה, Ctrl-C יוצא.
wizard-progress = שלב { $current } מתוך { $total }
wizard-step-done = סיימת שלב זה?
wizard-yes = כן
wizard-no = לא
wizard-yes-words = y, yes, כ, כן
wizard-no-words = n, no, ל, לא
wizard-hint-yes = Y/n
wizard-hint-no = y/N
wizard-confirm-invalid = הקש y עבור כן או n עבור לא.
wizard-key-back = Esc (חזרה)
wizard-key-cancel = Ctrl-C (יציאה)
wizard-prompt-left = (נותרו)
wizard-quit-confirm = לצאת בלי להחיל את השינוי? עדיין לא שונה דבר.
wizard-cancelled = הופסק. דבר לא שונה במאגר הרישיונות.
wizard-checklist-summary = בוצעו { $done } מתוך { $total } שלבים:
wizard-users-count = בארגון { $count ->
    [one] משתמש אחד
    [two] שני משתמשים
    [many] { $count } משתמשים
   *[other] { $count } משתמשים
}; { $unlicensed ->
    [0] לכולם יש רישיון.
    [one] למשתמש אחד עדיין אין רישיון.
    [two] לשני משתמשים עדיין אין רישיון.
    [many] ל-{ $unlicensed } משתמשים עדיין אין רישיון.
   *[other] ל-{ $unlicensed } משתמשים עדיין אין רישיון.
}
wizard-no-users = אין משתמשים במאגר הרישיונות { $store }. צור את ארגון ההדגמה באמצעות: taskguide store init --demo
wizard-no-skus = אין במאגר הרישיונות { $store } מנויים (SKU) להקצאה. צור את ארגון ההדגמה באמצעות: taskguide store init --demo
wizard-needs-user = שלב זה זקוק למשתמש, אך לא נבחר אף משתמש: הקישורים של המשימה מציבים את השלבים בסדר שגוי.
wizard-select-user = איזה משתמש?
wizard-select-user-help = הקלד חלק משם או משם כניסה כדי לסנן, ↑↓ כדי לנוע, Enter כדי לבחור, Esc כדי לחזור.
wizard-user-choice = { $name } <{ $upn }> · { $licenses }
wizard-no-license = אין רישיון
wizard-licenses-of = ל-{ $name } יש רישיונות אלה:
wizard-licenses-none = ל-{ $name } עדיין אין רישיון.
wizard-license-direct = • { $license }
wizard-license-inherited = 🔒 { $license }, מהקבוצה { $group }
wizard-inherited-note = רישיון מקבוצה נעול כאן: כדי להסיר אותו, הסר את המשתמש מהקבוצה או שנה את הרישיונות של הקבוצה.
wizard-location = מיקום שימוש: { $location }
wizard-location-missing = ל-{ $name } אין מיקום שימוש. Microsoft 365 זקוק למדינה שבה המשתמש עובד לפני שהוא יכול להקצות רישיון כלשהו.
wizard-ask-location = באיזו מדינה { $name } עובד?
wizard-ask-location-help = קוד מדינה בן שתי אותיות, כגון NO, SE או US. הוא מוגדר יחד עם הרישיונות.
wizard-location-pending = מיקום השימוש { $location } יוגדר יחד עם הרישיונות.
wizard-sku-name = { $name } ({ $part })
wizard-sku-choice = { $license } — { $available } מתוך { $total } זמינים
wizard-sku-choice-full = { $license } — אף אחד מתוך { $total } אינו זמין
wizard-edit-licenses = הרישיונות של { $name }: סמן את אלה שיש להקצות, נקה את אלה שיש לבטל את הקצאתם.
wizard-edit-help = ↑↓ כדי לנוע, מקש רווח כדי לסמן או לנקות, Enter כדי להמשיך, Esc כדי לחזור. רישיון שלא נותר לו מקום פנוי יכול להישאר מסומן רק אם הוא כבר שייך למשתמש.
wizard-edit-locked = מקבוצה, ולכן אינם מופיעים: { $licenses }.
wizard-no-seats = לא נותר מקום פנוי ב-{ $license }. נקה אותו, או שחרר מקום (בטל את הקצאתו ממישהו) או קנה נוספים תחילה.
wizard-nothing-to-change = אין מה לשנות: אלה כבר הרישיונות של { $name }.
wizard-review = השינוי עבור { $name } <{ $upn }>:
wizard-review-add = + { $license } — { $available } מתוך { $total } זמינים לאחר מכן
wizard-review-remove = − { $license } — { $available } מתוך { $total } זמינים לאחר מכן
wizard-review-location = מיקום שימוש → { $after }
wizard-dry-run = הפעלת ניסיון: דבר לא הוחל.
wizard-confirm = להחיל שינוי זה עבור { $name }?
wizard-declined = לא הוחל. דבר לא שונה במאגר הרישיונות.
wizard-applied = בוצע. השינוי עבור { $name } נשמר:
wizard-now-has = כעת יש ל-{ $name }: { $licenses }.
wizard-held-from-group = { $license } מהקבוצה { $group }
wizard-journal = { $count ->
    [one] רשומת יומן { $ids }; כדי לבטל אותה: taskguide store undo { $last }
    [two] רשומות יומן { $ids }; כדי לבטל אותן, בטל כל אחת החל מהאחרונה: taskguide store undo { $last }
    [many] רשומות יומן { $ids }; כדי לבטל אותן, בטל כל אחת החל מהאחרונה: taskguide store undo { $last }
   *[other] רשומות יומן { $ids }; כדי לבטל אותן, בטל כל אחת החל מהאחרונה: taskguide store undo { $last }
}
wizard-fix-plans = כאן: השאר רק אחד מהרישיונות המכילים תוכניות אלה.
wizard-back-to-step = חזרה לשלב { $number } כדי לתקן זאת.
wizard-script-exhausted = לא נותרה בקובץ ה-Script תשובה עבור "{ $field }".
wizard-script-mismatch = התשובה הבאה בקובץ ה-Script אינה מתאימה לשאלה עבור "{ $field }".
wizard-answers-missing = בקובץ התשובות אין "{ $field }", והאשף זקוק לו כאן.
wizard-answers-refused = התשובה עבור "{ $field }" בקובץ התשובות נדחתה: { $reason }
wizard-answer-invalid = "{ $field }" בתשובות: { $reason }
wizard-answer-no-match = "{ $field }" בתשובות: דבר אינו תואם ל-"{ $value }".
wizard-answer-ambiguous = "{ $field }" בתשובות: "{ $value }" תואם לכמה ({ $matches }); ציין את השם המלא.
wizard-answer-not-checked = "{ $field }" בתשובות: למשתמש אין "{ $value }" להסרה.
wizard-answers-unreadable = לא ניתן לקרוא את קובץ התשובות { $path }: { $reason }
wizard-answers-bad = קובץ התשובות { $path } אינו חוקי: { $reason }
wizard-answers-not-a-table = התשובות חייבות להיות טבלה של שדות (user, add, remove, usage_location, confirm).
wizard-answers-unknown-field = שדה לא ידוע "{ $field }" (השדות: { $known }).
wizard-answers-not-text = "{ $field }" חייב להיות טקסט, כגון "ola.nordmann@contoso-demo.example".
wizard-answers-not-list = "{ $field }" חייב להיות רשימה של מק"טים של רישיונות, כגון ["SPE_E3"].
wizard-answers-not-bool = "{ $field }" חייב להיות true או false.

## Check

label-note = הערה
cli-check = מוצא מה שגוי בתרגומים: קישורים, סימון, נתיבי ניווט, מצייני מיקום, מספרים, ריווח ופיסוק, עם המקום והתיקון.
cli-check-opt-paths = מסמכים דו-לשוניים, קטלוגי FTL או תיקיות לבדיקה (ברירת מחדל: content/ ו-locales/)
cli-check-opt-locale = בדוק רק מסמכים באזור זה (ניתן לחזור על כך)
cli-check-opt-format = תבנית פלט: text לבני אדם, json או sarif לתוכניות ול-CI
cli-check-opt-allow = אל תדווח על קוד זה (ניתן לחזור על כך)
cli-check-opt-config = קובץ הגדרות (ברירת מחדל: .taskguide/check.toml, אחרת taskguide.toml, הראשון שקיים)
check-error-unknown-code = אין קוד בדיקה "{ $code }"; הקודים הם: { $known }
check-error-no-path = { $path } אינו קיים
check-error-no-match = אין מסמך או קטלוג תחת { $paths } שנמצא ב-{ $locales }: דבר לא ייבדק
check-error-empty-path = ב-{ $path } אין מסמכים (.md) או קטלוגים (.ftl): דבר לא ייבדק
check-label-source = מקור: { $text }
check-label-target = יעד: { $text }
check-label-hint = רמז: { $text }
check-summary = { $files ->
    [one] מסמך אחד
    [two] שני מסמכים
    [many] { $files } מסמכים
   *[other] { $files } מסמכים
}: { $errors ->
    [one] שגיאה אחת
    [two] שתי שגיאות
    [many] { $errors } שגיאות
   *[other] { $errors } שגיאות
}, { $warnings ->
    [one] אזהרה אחת
    [two] שתי אזהרות
    [many] { $warnings } אזהרות
   *[other] { $warnings } אזהרות
}, { $notes ->
    [one] הערה אחת
    [two] שתי הערות
    [many] { $notes } הערות
   *[other] { $notes } הערות
}
check-link-mismatch = יעד הקישור { $dest } אינו נמצא במקור
check-link-broken = הקישור אל { $dest } משתרע על פני כמה קטעים והוא שבור בתרגום
check-link-count = במקור { $source ->
    [one] קישור אחד
    [two] שני קישורים
    [many] { $source } קישורים
   *[other] { $source } קישורים
}, בתרגום { $target }
check-bold-count = במקור { $source ->
    [one] קטע מודגש אחד
    [two] שני קטעים מודגשים
    [many] { $source } קטעים מודגשים
   *[other] { $source } קטעים מודגשים
}, בתרגום { $target }
check-emphasis-count = במקור { $source ->
    [one] קטע נטוי אחד
    [two] שני קטעים נטויים
    [many] { $source } קטעים נטויים
   *[other] { $source } קטעים נטויים
}, בתרגום { $target }
check-code-count = במקור { $source ->
    [one] קטע קוד אחד
    [two] שני קטעי קוד
    [many] { $source } קטעי קוד
   *[other] { $source } קטעי קוד
}, בתרגום { $target }
check-breadcrumb = נתיב הניווט { $chain } שבור: השלבים שלו חייבים להיות מחוברים רק ב-"\>"
check-placeholder = מציין המיקום { $name } חסר בתרגום
check-number = המספר { $number } של המקור חסר בתרגום
check-missing-space = אות באה מיד אחרי קישור או הדגשה: חסר רווח
check-edge-whitespace = { $extra ->
    [yes] בתרגום יש רווח לבן ב{ $side ->
        [end] סופו
       *[other] תחילתו
    } שאין במקור
   *[no] בתרגום חסר הרווח הלבן שיש במקור ב{ $side ->
        [end] סופו
       *[other] תחילתו
    }
}
check-double-space = שני רווחים ברצף
check-end-punctuation = המקור מסתיים ב-"{ $source }", התרגום ב-"{ $target }"
check-length-ratio = אורך התרגום הוא { $percent }% מאורך המקור: ייתכן שחסר או נוסף טקסט
check-bidi-control = תו בקרת הכיווניות הבלתי נראה { $codepoint } יכול לשנות את סדר הטקסט
check-replacement-char = U+FFFD (�) מסמן טקסט שאבד בהמרת ערכת תווים
check-unbalanced-markup = { $marker } זה אינו פותח או סוגר דבר: שאר הפסקה עשוי להיות מוצג באופן שגוי
check-locale-mismatch = ה-Front Matter אומר { $front }, אך המסמך נמצא בתיקייה { $folder }
check-machine-translated = תורגם במכונה (ms.translationtype: MT): לא נבדק
check-pairing = בעיה בהתאמת קטעים
check-hint-link-mismatch = השתמש ביעד של המקור, או בנתיב /en-us/ שלו עם אזור היעד
check-hint-link-count = שמור כל [text](destination) של המקור, עם הסוגריים המרובעים והעגולים שלמים
check-hint-markup-count = סמן את אותן תוויות ממשק ואותם מונחים כמו במקור
check-hint-breadcrumb = תרגם כל שלב בתוך הסימון שלו ושמור על סדר השלבים: **A** \> **B**
check-hint-placeholder = העתק מצייני מיקום כגון <email> ללא שינוי; הקורא מחליף אותם
check-hint-number = שמור כל מספר; רק העיצוב שלו רשאי לעקוב אחר האזור
check-hint-missing-space = הוסף רווח אחרי ה-) או ה-** הסוגרים
check-hint-edge-whitespace = התחל וסיים את התרגום באותו ריווח כמו המקור
check-hint-double-space = החלף את שני הרווחים ברווח אחד
check-hint-end-punctuation = סיים את המשפט כפי שהמקור מסיים אותו
check-hint-length-ratio = השווה את התרגום למקור פסוקית אחר פסוקית
check-hint-bad-char = מחק את התו, או הקלד מחדש את הטקסט שסביבו
check-hint-unbalanced-markup = צמד כל ** ו-` כמו במקור, או הוסף להם תו בריחה כך: \*\*
check-hint-locale-mismatch = העבר את המסמך לתיקייה של האזור שלו, או תקן את ms.contentlocale
check-hint-machine-translated = בקש מבודק לקרוא אותו, ולאחר מכן הגדר את ms.translationtype ל-HT
check-hint-pairing = תן לכל קטע מתורגם מחצית sxs-lookup באנגלית עם אותו מזהה
check-missing = הודעה זו של הקטלוג באנגלית אינה מתורגמת כאן
check-obsolete = הקטלוג באנגלית כבר אינו מכיל הודעה זו
check-empty = התרגום ריק
check-stale = הטקסט באנגלית השתנה לאחר שזה תורגם
check-unchanged = התרגום זהה לטקסט באנגלית
check-variable-parity = המשתנים של התרגום שונים מאלה של האנגלית: { $missing ->
    [none] {""}
   *[other] חסרים { $missing }
}{ $extra ->
    [none] {""}
   *[other] {" "}לא ידועים { $extra }
}
check-plural-categories = לבחירת הריבוי חסרות הקטגוריות { $missing } של { $locale }
check-hint-ftl = תקן את תחביר FTL; עד אז הקורא מדלג על רשומה זו
check-hint-missing = תרגם את ההודעה, או הפעל taskguide import כדי להביא אותה
check-hint-obsolete = מחק את ההודעה, או הפעל taskguide import עם גיזום
check-hint-stale = השווה לטקסט האנגלי החדש (`taskguide status` מציג את הישן ואת החדש), עדכן את התרגום ולאחר מכן ייבא שוב: קובץ המצב רושם את האנגלית שהוא מתרגם כעת
check-hint-unchanged = תרגם אותו, או פרט אותו תחת unchanged בטבלה [check] של taskguide.toml אם הוא שם
check-hint-variable-parity = השתמש בדיוק במשתנים של ההודעה באנגלית
check-hint-plural-categories = הוסף וריאנט לכל קטגוריה שבה משתמשים כללי הריבוי של האזור
check-unknown-variable = התרגום משתמש במשתנה ${ $name }, שדבר אינו ממלא: הוא מוצג כפי שנכתב
check-message-reference = התרגום מפנה להודעה { $id }, שקטלוג מסמך אינו יכול להשתמש בה: היא מוצגת כפי שנכתבה
check-term-reference = התרגום מפנה למונח { $id }, שקטלוג מסמך אינו מגדיר: הוא מוצג כפי שנכתב
check-line-break = { $block ->
    [heading] מעבר שורה חוצה את הכותרת לשניים
    [cell] מעבר שורה חוצה את שורת הטבלה לשתיים
   *[other] שורה ריקה מפצלת את הפסקה לשתיים
}
check-table-cell-split = תו | זה מתחיל תא טבלה חדש: בשורה יהיה תא אחד יותר מאשר בטבלה
check-block-marker = "{ $marker }" בתחילת שורה יוצר רשימה, כותרת או ציטוט שאין באנגלית
check-hint-reference = החלף את ההפניה בטקסט שהיא מייצגת, כפי שהוא באנגלית
check-hint-line-break = השאר את התרגום בשורה אחת, כמו האנגלית
check-hint-table-cell-split = כתוב את ה-| כ-\| או נסח מחדש בלעדיו
check-hint-block-marker = חבר את השורה לשורה שלפניה, או הוסף לסימן תו בריחה של לוכסן הפוך (\-, 1\.)

## Graph

graph-error-not-supported = { $url } הוא דייר של Microsoft Graph, שאין בו "{ $operation }": taskguide אינו שומר שם יומן ואינו יכול ליצור דייר. השתמש ביומן הביקורת של מרכז הניהול של Microsoft 365 עבור היסטוריה, ובמאגר sqlite: או memory: לתרגול.
graph-error-credentials = לא ניתן להיכנס ל-Microsoft Graph: הגדר את { $variables } (מזהה המדריך, מזהה היישום וסוד הלקוח של רישום היישום; ראה README).
graph-error-sign-in = Microsoft סירבה להכניס את היישום ({ $status } { $code }: { $description }). בדוק את AZURE_TENANT_ID, AZURE_CLIENT_ID ו-AZURE_CLIENT_SECRET (תוקפו של סוד פג; צור סוד חדש תחת 'אישורים וסודות').
graph-error-unauthorized = Microsoft Graph לא קיבל את האסימון של היישום, אפילו אסימון חדש: { $message } ודא שהיישום שייך לדייר זה ושה-AZURE_AUTHORITY_HOST תואם לענן.
graph-error-forbidden = ליישום אין הרשאה לבצע זאת ({ $code }: { $message }). תן לו את הרשאות היישום LicenseAssignment.ReadWrite.All ו-User.ReadWrite.All והענק הסכמת מנהל מערכת; `taskguide store check` אומר מה חסר.
graph-error-throttled = Microsoft Graph עמוס וענה { $status } לכל { $attempts } הניסיונות, ולכן הפעולה לא בוצעה. נסה שוב בעוד כמה דקות; ניתן להפעיל שוב הפעלה המונית בבטחה.
graph-error-network = לא ניתן להגיע אל { $host }: { $detail }. בדוק את חיבור הרשת, את ה-Proxy ואת הכתובת של --store.
graph-error-timeout = { $host } לא ענה בזמן, ולכן לא נשלח דבר נוסף. בדוק את חיבור הרשת ולאחר מכן נסה שוב.
graph-error-unexpected = Microsoft Graph ענה { $status } { $code }: { $message }
graph-error-bad-response = Microsoft Graph שלח תשובה ש-taskguide אינו מבין ({ $detail }). ודא ש---store מפנה אל Microsoft Graph v1.0.
graph-check-sign-in = כניסה באמצעות אישורי הלקוח
graph-check-skus = קריאת הרישיונות (SKU שנרשמו אליהם)
graph-check-users = קריאת משתמשים
graph-check-ok = ✓ { $what }: תקין ({ $count })
graph-check-error = ✗ { $what }: { $reason }
graph-check-need-licenses = תן ליישום את הרשאת היישום LicenseAssignment.ReadWrite.All והענק הסכמת מנהל מערכת.
graph-check-need-users = תן ליישום את הרשאת היישום User.ReadWrite.All והענק הסכמת מנהל מערכת.
graph-check-ready = { $url } מוכן לשימוש.
graph-check-failed = { $failed } מתוך { $total } הבדיקות נכשלו.
cli-store-check = בדוק שניתן להשתמש במאגר: עבור graph:, היכנס, קרא רישיונות ומשתמשים, ואמור איזו הרשאה חסרה.
graph-error-permissions = היישום יכול לקרוא אך לא לבצע כל שינוי: הוסף את הרשאות היישום { $permissions } ברישום היישום (הרשאות API → Microsoft Graph → הרשאות יישום) והענק הסכמת מנהל מערכת, ולאחר מכן היכנס שוב.
graph-check-permissions = הרשאות לביצוע שינויים

## ship: built-in content, where it comes from, --version, store --where
guide-origin-builtin = מובנה
guide-origin-env = { $path } (משתנה הסביבה $TASKGUIDE_CONTENT)
guide-origin-cwd = { $path } (תיקיית העבודה)
guide-origin-option = { $path } (האפשרות --content)
guide-list-sources = { $count ->
    [one] משימה אחת (מתוך { $sources }; מקור מאוחר יותר גובר על מקור מוקדם יותר):
    [two] שתי משימות (מתוך { $sources }; מקור מאוחר יותר גובר על מקור מוקדם יותר):
    [many] { $count } משימות (מתוך { $sources }; מקור מאוחר יותר גובר על מקור מוקדם יותר):
   *[other] { $count } משימות (מתוך { $sources }; מקור מאוחר יותר גובר על מקור מוקדם יותר):
}
guide-list-from = מקור: { $origin }
guide-list-overrides = מקור: { $origin }, גובר על { $under }
guide-override = משימה { $task }: נעשה שימוש ב-{ $path }, הגובר על המשימה בעלת אותו מזהה מתוך { $under }.
guide-no-task-in = אין משימה "{ $task }": אין קובץ בשם זה ואין מסמך { $task } ב-{ $sources }. הפעל את `taskguide guide` כדי להציג את המשימות.
cli-version-content = תוכן מובנה: { $count ->
    [one] משימה אחת
    [two] שתי משימות
    [many] { $count } משימות
   *[other] { $count } משימות
} ב-{ $locales } (טביעת אצבע { $fingerprint })
cli-store-opt-where = הצג היכן taskguide שומר את הקבצים שלו (המאגר, תיקיית הנתונים, תיקיות התוכן והקטלוגים) וצא.
where-store = מאגר: { $url } (מקור: { $source })
where-source-default = ברירת המחדל
where-data = תיקיית נתונים: { $path } ({ $state })
where-exists = קיימת
where-missing = עדיין לא נוצרה
where-content = משימות: { $sources } (מקור מאוחר יותר גובר על מקור מוקדם יותר)
where-locales = קטלוגים: { $path }

## i18na: accessible mode (guide --accessible, TASKGUIDE_ACCESSIBLE=1)

cli-guide-opt-accessible = מצב נגיש לקוראי מסך (גם TASKGUIDE_ACCESSIBLE=1): כל שאלה כשורות של טקסט פשוט, אפשרויות ממוספרות שנבחרות לפי מספר או בהקלדת חלק משם, תשובה שורה אחר שורה; ללא ציור מחדש של המסך, הזזת סמן, מחווני המתנה או צבעים.
accessible-intro = מצב נגיש: כל שאלה נכתבת כטקסט פשוט. ענה במספר או בחלק משם, ולאחר מכן הקש Enter. הקלד "חזור" כדי לחזור שלב אחד אחורה, "צא" כדי לצאת.
accessible-back-words = חזור, back
accessible-quit-words = צא, quit
accessible-choice = { $number }. { $label }
accessible-multi-choice = { $number }. { $label } — { $state }
accessible-choose = הקלד מספר בין 1 ל-{ $count }, או חלק משם, ולאחר מכן הקש Enter:
accessible-chosen = נבחר: { $label }
accessible-matches = { $count ->
    [one] אפשרות אחת תואמת את "{ $text }":
    [two] שתי אפשרויות תואמות את "{ $text }":
    [many] { $count } אפשרויות תואמות את "{ $text }":
   *[other] { $count } אפשרויות תואמות את "{ $text }":
}
accessible-no-match = אין התאמה ל-"{ $text }". הקלד מספר בין 1 ל-{ $count }, או חלק אחר משם.
accessible-out-of-range = אין אפשרות { $number }. הקלד מספר בין 1 ל-{ $count }.
accessible-checked = מסומן
accessible-unchecked = לא מסומן
accessible-multi-help = כדי לסמן אפשרויות או לנקות אותן, הקלד את המספרים שלהן מופרדים ברווחים (לדוגמה: 1 3), או חלק משם. בסיום, הקש Enter בשורה ריקה.
accessible-multi-ask = מספרים לסימון או לניקוי, או Enter לסיום:
accessible-toggled-on = סומן: { $label }
accessible-toggled-off = נוקה: { $label }
accessible-blocked = לא ניתן לסמן את { $label }: { $reason }
accessible-now-checked = מסומנים כעת: { $labels }
accessible-none-checked = אין כעת שום דבר מסומן.
accessible-confirm-ask = הקלד { $yes } או { $no }, ולאחר מכן הקש Enter (Enter בלבד פירושו { $default }):
accessible-text-ask = הקלד את תשובתך, ולאחר מכן הקש Enter:
accessible-answered = תשובה: { $answer }
accessible-problem = בעיה: { $text }
accessible-progress = התקדמות: { $percent }% ({ $done } מתוך { $total })
accessible-row = שורה { $number } מתוך { $total }:
accessible-cell = { $label }: { $value }

## login: signing in as yourself (delegated), the token cache, Graph's security refusals
cli-login = היכנס ל-Microsoft Graph בשמך, באמצעות רישום היישום שלך (לקוח ציבורי: AZURE_CLIENT_ID או --client-id, עם "אפשר זרימות לקוח ציבוריות" מופעל). פותח את הדפדפן (קוד הרשאה עם PKCE, הפניה אל http://localhost); דרך SSH, ללא תצוגה או עם --device-code הוא מציג קוד להקלדה במכשיר אחר. מבקש את ההרשאות המואצלות LicenseAssignment.Read.All (קריאת הרישיונות שבמנוי), User.ReadWrite.All (קריאת משתמשים והרישיונות שלהם, הגדרת מיקום שימוש, הקצאת רישיונות) ו-offline_access (להישאר מחובר: אסימון רענון). דרוש לך התפקיד מנהל רישיונות או מנהל משתמשים. אסימון הרענון נשמר במאגר האישורים של מערכת ההפעלה, ואחרת בקובץ שרק אתה יכול לקרוא ($TASKGUIDE_TOKEN_STORE=file|keyring קובע).
cli-login-opt-device_code = היכנס באמצעות קוד מכשיר, בדפדפן בכל מכשיר, במקום בדפדפן של מחשב זה.
cli-login-opt-client_id = מזהה היישום (הלקוח) של רישום היישום שלך (אחרת $AZURE_CLIENT_ID).
cli-login-opt-tenant = מזהה המדריך (הדייר) או התחום (אחרת $AZURE_TENANT_ID, אחרת organizations: הדייר של החשבון שבו אתה נכנס).
cli-login-opt-status = הצג מי מחובר, היכן, עם אילו הרשאות ועד מתי, במקום להיכנס. לעולם אינו מציג אסימון.
cli-login-opt-store = מאגר ה-graph: שאליו נכנסים; המארח שלו קובע את הענן (US Government, סין) אלא אם AZURE_AUTHORITY_HOST מוגדר (אחרת $TASKGUIDE_STORE, אחרת graph:).
cli-login-opt-format = text לבני אדם, json לתוכניות.
cli-whoami = הצג מי מחובר (כמו login --status).
cli-whoami-opt-format = text לבני אדם, json לתוכניות.
cli-logout = צא: הסר את הכניסה השמורה (אסימון הרענון והחשבון) ממאגר האישורים של מערכת ההפעלה ומהקובץ.
signin-error-no-client-id = אין רישום יישום שבאמצעותו ניתן להיכנס: הגדר את AZURE_CLIENT_ID או ציין --client-id (מזהה היישום של רישום היישום שלך, עם "אפשר זרימות לקוח ציבוריות" מופעל; ראה README, "Sign in as yourself").
signin-error-not-signed-in = אף אחד אינו מחובר ל-Microsoft Graph. הפעל את `taskguide login` (או `taskguide login --device-code`), או הגדר AZURE_CLIENT_SECRET עם AZURE_TENANT_ID ו-AZURE_CLIENT_ID עבור יישום.
signin-error-session-expired = הכניסה השמורה אינה מתקבלת עוד ({ $code }: { $description }); היא בוטלה או שפג תוקפה. הפעל שוב את `taskguide login`.
signin-error-declined = הכניסה נדחתה, ולכן אינך מחובר. הפעל שוב את `taskguide login` כדי לנסות שוב.
signin-error-expired = תוקף קוד הכניסה פג לפני שהכניסה הושלמה. הפעל שוב את `taskguide login` וסיים בתוך הזמן המוצג.
signin-error-bad-code = Microsoft לא זיהתה את הקוד. הפעל שוב את `taskguide login --device-code` והקלד את הקוד החדש בדיוק.
signin-error-cancelled = הכניסה בוטלה; שום דבר לא נשמר.
signin-error-no-browser = לא ניתן היה לפתוח דפדפן. השתמש ב-`taskguide login --device-code`.
signin-error-state = התשובה של הדפדפן לא הייתה שייכת לכניסה זו, ולכן היא נדחתה. הפעל שוב את `taskguide login`.
signin-error-loopback = המאזין המקומי לכניסה נכשל ({ $detail }). השתמש ב-`taskguide login --device-code`.
signin-error-no-refresh-token = Microsoft לא סיפקה אסימון רענון, ולכן לא ניתן לשמור את הכניסה. ודא שרישום היישום רשאי לבקש offline_access, ולאחר מכן היכנס שוב.
signin-error-cache = לא ניתן היה לשמור או לקרוא את הכניסה ב-{ $path }: { $detail }. הפעל את `taskguide logout`, ולאחר מכן את `taskguide login`.
graph-error-foreign-link = Microsoft Graph הפנה אל { $origin }, שאינו מארח ה-Graph שהוגדר; ההפניה לא נעקבה, ושום אסימון לא נשלח לשם. בדוק את הכתובת של --store ואת ה-Proxy, אם יש.
graph-error-missing-role = אתה מחובר, אך אין לך אף אחד מתפקידי המדריך שרשאים להקצות רישיונות. בקש ממנהל מערכת את { $roles } (מרכז הניהול של Microsoft Entra ← תפקידים ומנהלי מערכת), ולאחר מכן היכנס שוב.
graph-check-roles = תפקיד המדריך שלך להקצאת רישיונות
signin-done = מחובר בתור { $user } (דייר { $tenant }).
signin-logged-out = יצאת: הכניסה השמורה הוסרה.
signin-status-none = אף אחד אינו מחובר. הפעל את `taskguide login`.
signin-status-no-role = אין תפקיד שרשאי להקצות רישיונות
signin-status = מחובר בתור { $user }
      דייר: { $tenant } ({ $authority })
      יישום: { $client }
      הרשאות: { $scopes }
      תפקידי רישיון: { $roles }
      ניתן לשימוש עד: { $until } (מתחדש בכל שימוש)
      נשמר ב: { $place }
signin-place-keyring = מאגר האישורים של מערכת ההפעלה
signin-browser = פותח את הדפדפן לכניסה. אם הוא לא נפתח, עבור אל: { $url }
signin-browser-done = נכנסת ל-taskguide. ניתן לסגור חלון זה.
signin-device-code = כדי להיכנס, פתח את { $uri } בדפדפן והזן את הקוד { $code }.
signin-file-warning = אזהרה: אף מאגר אישורים של מערכת ההפעלה לא הגיב; הכניסה נשמרת ב-{ $path } (קריא רק לך).
signin-offer = להיכנס ל-Microsoft Graph עכשיו?
wizard-search-user = חפש את המשתמש (חלק מהשם או משם הכניסה):
wizard-search-user-help = החיפוש במדריך מתבצע תוך כדי הקלדה; Enter בשורה ריקה מציג את המשתמשים הראשונים.
wizard-search-none = אף משתמש אינו תואם את "{ $filter }". נסה חלק מהשם או משם הכניסה.
signin-check-need-licenses = הוסף את ההרשאה המואצלת LicenseAssignment.Read.All לרישום היישום שלך (הרשאות API ← Microsoft Graph ← הרשאות מואצלות), תן הסכמה, ולאחר מכן הפעל שוב את `taskguide login`.
signin-check-need-users = הוסף את ההרשאה המואצלת User.ReadWrite.All לרישום היישום שלך, תן הסכמה, ולאחר מכן הפעל שוב את `taskguide login`; דרוש לך גם התפקיד מנהל רישיונות או מנהל משתמשים.

## site: the static localized help site (taskguide site)
cli-site = בנה את אתר העזרה הסטטי והמותאם לשפות: כל מסמך בכל שפה, בורר שפה, אנגלית לפי דרישה, סימון של תרגום מכונה, חיפוש; רק דפים שהשתנו נכתבים מחדש.
cli-site-opt-paths = תיקיות של מסמכים (ברירת מחדל: content). המזהה של מסמך הוא הנתיב שלו מתחת לתיקייה, ללא .md וללא תיקיית שפה בתחילתו.
cli-site-opt-locales_dir = תיקיית הקטלוגים: locales/<locale>/<doc-id>.ftl. ההודעות שבה גוברות על הטקסט שבמסמכים.
cli-site-opt-locale = שפה לבנייה (ניתן לחזור). ברירת מחדל: כל שפה שיש לה מסמכים או קטלוגים, ו-en-US.
cli-site-opt-out = תיקיית הפלט: <locale>/<doc-id>.html, אינדקס וחיפוש לכל שפה, index.html, ו-sitemap.xml עם --base-url.
cli-site-opt-theme = תיקייה של קובצי ערכת נושא (base.html, page.html, index.html, search.html, root.html, sitemap.xml, site.css, site.js) המחליפים את הקבצים המובנים בעלי אותו שם.
cli-site-opt-check = אל תכתוב דבר: הצג את הקבצים שהיו נכתבים או מוסרים, וצא עם קוד 1 אם יש כאלה (עבור CI).
cli-site-opt-base_url = הכתובת הציבורית של האתר (https://help.example.com/docs), עבור sitemap.xml, שהכתובות בו חייבות להיות מוחלטות: בלעדיה לא נכתב sitemap.xml.
cli-site-opt-link_base = לאן מובילים הקישורים במסמכים שמתחילים ב-/ (האתר המקורי שלהם, לדוגמה https://learn.microsoft.com); בלעדיה הם מוצגים כטקסט, לא כקישורים שבורים.
site-summary = { $pages } דפים ב-{ $locales } שפות: { $written } קבצים נכתבו, { $removed } הוסרו, { $unchanged } דפים לא השתנו, { $fallbacks } קטעים אינם בשפת הדף שלהם, { $dead } קישורים או תמונות שאינם מובילים לשום מקום מוצגים כטקסט. אתר: { $out }
site-check-write = ייכתב { $path }
site-check-remove = יוסר { $path }
site-error-theme = לא ניתן לקרוא את ערכת הנושא { $path }: { $reason }
site-error-template = { $path }:{ $line }: שגיאת תבנית: { $reason }
site-skip = דלג אל המאמר
site-home = כל המאמרים
site-language = שפה
site-search = חיפוש
site-search-label = חפש במאמרים
site-search-none = אין מאמרים תואמים.
site-search-count = { $count ->
    [one] מאמר אחד תואם.
    [two] שני מאמרים תואמים.
    [many] מאמרים תואמים: { $count }
   *[other] מאמרים תואמים: { $count }
}
site-search-noscript = החיפוש דורש JavaScript; הרשימה של כל המאמרים פועלת גם בלעדיו.
site-show-english = הצג את המקור האנגלי
site-show-translation = הצג את התרגום
site-guided = משימה מודרכת
site-step-done = בוצע: שלב
site-index-title = מאמרים
site-mt-banner = מאמר זה תורגם על ידי מכונה ועשוי להכיל שגיאות.
site-mt-link = קרא את המקור האנגלי
site-fallback-badge = לא תורגם: מוצג בשפה אחרת
site-stale-badge = התרגום ישן יותר מהטקסט האנגלי
site-root-title = בחר את השפה שלך

## tasks: the product tasks of issue 16 (products, many users, service plans, swaps, seats, the task picker)
wizard-products = { $count ->
    [one] מוצר אחד בארגון זה:
    [two] שני מוצרים בארגון זה:
    [many] { $count } מוצרים בארגון זה:
   *[other] { $count } מוצרים בארגון זה:
}
wizard-product-line = { $license } — { $assigned } מוקצים, { $available } מתוך { $total } זמינים
wizard-product-suspended = מושעה: לא ניתן להקצות { $count } רישיונות עד שהמנוי ישולם
wizard-product-warning = במצב אזהרה: תוקפם של { $count } רישיונות יפוג אם המנוי לא יחודש
wizard-select-product = איזה מוצר?
wizard-select-product-help = הקלד כדי לסנן, ↑↓ כדי לנוע, Enter כדי לבחור, Esc כדי לחזור.
wizard-needs-product = עדיין לא נבחר מוצר: משימה זו זקוקה לשלב עם select-product לפני שלב זה.
wizard-select-users = משתמשים שיקבלו את { $license } (עד { $max } בכל פעם):
wizard-select-users-help = הקלד כדי לסנן, מקש רווח כדי להוסיף או להסיר, Enter כדי להמשיך, Esc כדי לחזור. { $seats }
wizard-seats-left = נותרו { $left } מתוך { $available } לאחר אלה
wizard-seats-short = ל-{ $license } נותרו רק { $available } מקומות פנויים: הסר חלק מהמשתמשים, או קנה רישיונות נוספים תחילה.
wizard-users-max = לכל היותר { $max } משתמשים בכל פעם, כמו במרכז הניהול.
wizard-users-none = לא נבחר אף משתמש: בחר לפחות אחד.
wizard-user-has-product = כבר יש לו { $license }
wizard-user-no-location = אין מיקום שימוש
wizard-batch-user = { $name } <{ $upn }>
wizard-batch-location-missing = { $count ->
    [one] לאחד מהמשתמשים האלה אין מיקום שימוש: { $names }. רישיון דורש מיקום שימוש; הוא מוגדר יחד עם הרישיון.
    [two] לשניים מהמשתמשים האלה אין מיקום שימוש: { $names }. רישיון דורש מיקום שימוש; הוא מוגדר יחד עם הרישיון.
    [many] ל-{ $count } מהמשתמשים האלה אין מיקום שימוש: { $names }. רישיון דורש מיקום שימוש; הוא מוגדר יחד עם הרישיון.
   *[other] ל-{ $count } מהמשתמשים האלה אין מיקום שימוש: { $names }. רישיון דורש מיקום שימוש; הוא מוגדר יחד עם הרישיון.
}
wizard-batch-ask-location = { $count ->
    [one] מיקום שימוש עבור משתמש זה
    [two] מיקום שימוש עבור שני המשתמשים האלה
    [many] מיקום שימוש עבור { $count } המשתמשים האלה
   *[other] מיקום שימוש עבור { $count } המשתמשים האלה
}
wizard-plan-rules = כיצד היישומים והשירותים של { $license } תלויים זה בזה:
wizard-plan-needs = { $plan } זקוק ל-{ $needs }
wizard-plan-excludes = { $plan } אינו יכול להיות מופעל יחד עם { $other }
wizard-choose-plans = היישומים והשירותים של { $license }: נקה את אלה שיש לכבות.
wizard-choose-plans-help = ↑↓ כדי לנוע, מקש רווח כדי להפעיל או לכבות, Enter כדי להמשיך, Esc כדי לחזור.
wizard-plan-choice = { $plan } ({ $name })
wizard-plan-needs-off = { $plan } זקוק ל-{ $needs }, שכיבית: הפעל אותו שוב, או כבה גם את { $plan }.
wizard-plans-off = כובו: { $plans }
wizard-plans-all-on = כל היישומים והשירותים נשארים מופעלים.
wizard-review-batch = { $count ->
    [one] הקצה את { $license } למשתמש אחד:
    [two] הקצה את { $license } לשני משתמשים:
    [many] הקצה את { $license } ל-{ $count } משתמשים:
   *[other] הקצה את { $license } ל-{ $count } משתמשים:
}
wizard-batch-seats = { $license } — { $available } מתוך { $total } זמינים לאחר מכן
wizard-batch-short = ל-{ $license } נותרו { $available } מקומות פנויים, אך משתמשים אלה זקוקים ל-{ $needed }. דבר לא שונה: הסר חלק מהמשתמשים, או קנה רישיונות נוספים תחילה.
wizard-confirm-batch = { $count ->
    [one] להקצות את { $license } למשתמש זה?
    [two] להקצות את { $license } לשני המשתמשים האלה?
    [many] להקצות את { $license } ל-{ $count } המשתמשים האלה?
   *[other] להקצות את { $license } ל-{ $count } המשתמשים האלה?
}
wizard-batch-ok = ✓ { $name } <{ $upn }>
wizard-batch-failed = ✗ { $name } <{ $upn }>: { $reason }
wizard-batch-not-run = לא בוצע: המאגר נעצר לפני משתמש זה.
wizard-batch-done = { $ok } מתוך { $total } משתמשים שונו:
wizard-batch-partial = { $failed ->
    [one] משתמש אחד לא שונה (הסיבה מופיעה למעלה); האחרים שונו, והיומן מכיל בדיוק את השינויים שלהם.
    [two] שני משתמשים לא שונו (הסיבות מופיעות למעלה); האחרים שונו, והיומן מכיל בדיוק את השינויים שלהם.
    [many] { $failed } משתמשים לא שונו (הסיבות מופיעות למעלה); האחרים שונו, והיומן מכיל בדיוק את השינויים שלהם.
   *[other] { $failed } משתמשים לא שונו (הסיבות מופיעות למעלה); האחרים שונו, והיומן מכיל בדיוק את השינויים שלהם.
}
wizard-seats-before-after = { $license }: לפני כן { $before_available } מתוך { $before_total } זמינים, כעת { $available } מתוך { $total }
wizard-swap-from = מאיזה מוצר להעביר משתמשים?
wizard-swap-to = לאיזה מוצר?
wizard-swap-users = משתמשים של { $from } להעברה אל { $to }:
wizard-swap-none-hold = לאף אחד אין מוצר שהוקצה ישירות: אין את מי להעביר.
wizard-review-swap = { $count ->
    [one] העבר משתמש אחד מ-{ $from } אל { $to }, בשינוי אחד (הרישיון החדש נוסף והישן מוסר יחד, כך שהמשתמש אף פעם אינו נשאר ללא תיבת דואר):
    [two] העבר שני משתמשים מ-{ $from } אל { $to }, שינוי אחד לכל משתמש (הרישיון החדש נוסף והישן מוסר יחד, כך שאף אחד אינו נשאר ללא תיבת דואר):
    [many] העבר { $count } משתמשים מ-{ $from } אל { $to }, שינוי אחד לכל משתמש (הרישיון החדש נוסף והישן מוסר יחד, כך שאף אחד אינו נשאר ללא תיבת דואר):
   *[other] העבר { $count } משתמשים מ-{ $from } אל { $to }, שינוי אחד לכל משתמש (הרישיון החדש נוסף והישן מוסר יחד, כך שאף אחד אינו נשאר ללא תיבת דואר):
}
wizard-confirm-swap = { $count ->
    [one] להעביר משתמש זה?
    [two] להעביר את שני המשתמשים האלה?
    [many] להעביר את { $count } המשתמשים האלה?
   *[other] להעביר את { $count } המשתמשים האלה?
}
guide-pick-task = איזו משימה?
guide-pick-task-help = הקלד כדי לסנן, ↑↓ כדי לנוע, Enter כדי להתחיל, Esc כדי לצאת.

## exchange: XLIFF and PO for translators and vendors, word counts, translation memory
cli-export = ייצא את ההודעות ששפה זקוקה להן עבור מתרגמים וספקים: XLIFF 2.1 (קובץ אחד) או gettext PO (קובץ לכל מסמך), עם האנגלית, התרגום הנוכחי ומצבו, המיקום במסמך, האנגלית הקודמת של הודעות שאינן עדכניות והצעות מזיכרון התרגום; או את זיכרון התרגום של השפה כ-TMX.
cli-export-opt-locale = השפה שאליה מתרגמים.
cli-export-opt-what = אילו הודעות: missing (חסרות), stale (לא עדכניות), machine (תרגומי מכונה או תרגומים ממוחזרים), all (כולן); כמה ערכים מופרדים בפסיקים.
cli-export-opt-file_format = xliff (XLIFF 2.1), po (gettext PO, קובץ לכל מסמך בתיקיית --out) או tmx (זיכרון התרגום).
cli-export-opt-docs = מזהי מסמכים או תיקיות של מזהים (AlchemyInsights/x, AlchemyInsights); ללא: כל המסמכים.
cli-export-opt-out = הקובץ לכתיבה (XLIFF, TMX) או התיקייה (PO).
cli-export-opt-locales_dir = תיקיית הקטלוגים.
cli-export-opt-tm = קובץ TMX שהתרגומים שבו מתווספים לזיכרון התרגום (ניתן לחזור).
cli-export-opt-matches = כמה הצעות מזיכרון התרגום לתת לכל הודעה חסרה או לא עדכנית (0: ללא).
cli-export-opt-report = text לבני אדם, json לתוכניות.
cli-import-translations = החזר קובצי XLIFF או PO מתורגמים אל הקטלוגים. יחידה שהאנגלית שלה השתנתה או שהקודים המוטבעים או מצייני המיקום שלה שונים מהאנגלית נדחית עם קובץ:שורה:עמודה שלה; XLIFF final או הודעת PO עם ההערה "# reviewed" נרשמות כנבדקות, שינויים אחרים כנערכים; דבר אחר אינו משתנה.
cli-import-translations-opt-files = קובצי XLIFF (.xlf) או PO (.po), כפי שיוצאו על ידי taskguide export.
cli-import-translations-opt-locales_dir = תיקיית הקטלוגים שאליה כותבים.
cli-import-translations-opt-format = text לבני אדם, json לתוכניות.
cli-leverage = מלא את ההודעות החסרות של שפה מהתאמות מדויקות של האנגלית שלהן במקומות אחרים (ההודעות והמסמכים האחרים של השפה, וקובצי TMX שצוינו), מסומנות כממוחזרות או כתרגום מכונה, לעולם לא כנבדקות.
cli-leverage-opt-locale = השפה שיש למלא.
cli-leverage-opt-docs = מזהי מסמכים או תיקיות של מזהים; ללא: כל המסמכים.
cli-leverage-opt-locales_dir = תיקיית הקטלוגים.
cli-leverage-opt-tm = קובץ TMX שבו יוזן זיכרון התרגום (ניתן לחזור).
cli-leverage-opt-mark = כיצד מסומנות ההודעות שמולאו: leveraged (ממוחזרות) או machine (תרגום מכונה; ייבוא חוזר עשוי להחליף אותן בתרגום של המסמך).
cli-leverage-opt-dry_run = ספור מה היה ממולא בלי לכתוב דבר.
cli-leverage-opt-format = text לבני אדם, json לתוכניות.
cli-status-opt-words = ספור מילים כפי שספקים מתמחרים: לכל שפה ומסמך, מילים חדשות, מילים בהודעות לא עדכניות, חזרות, התאמות 100% מזיכרון התרגום וטווחי התאמות חלקיות.
cli-status-opt-what = עם --words: אילו הודעות לספור (missing, stale, machine, all).
cli-status-opt-locale = רק שפה זו (ניתן לחזור).
cli-status-opt-tm = עם --words: קובץ TMX שמתווסף לזיכרון התרגום (ניתן לחזור).
exchange-error-catalog-syntax = ב-{ $path } יש שגיאות תחביר, ולכן הוא נשאר כפי שהוא: { $first }
exchange-error-references = ב-{ $path } יש הפניות Fluent ({"{"} $variable {"}"}, {"{"} -term {"}"}); כתיבתו מחדש הייתה הופכת אותן לטקסט, ולכן הוא נשאר כפי שהוא.
exchange-error-file = { $place }: זה אינו קובץ ש-taskguide יכול לקרוא: { $reason }
exchange-refused-unknown-document = לשפה אין קטלוג של מסמך זה
exchange-refused-unknown-message = למסמך אין הודעה כזו
exchange-refused-english-changed = האנגלית השתנתה מאז שהקובץ נוצר; ייצא שוב ותרגם: { $current }
exchange-refused-unknown-code = הקוד המוטבע { $id } אינו אחד מהקודים של היחידה
exchange-refused-codes = הקודים המוטבעים או מצייני המיקום שונים מהאנגלית (חסרים: { $missing }; לא באנגלית: { $extra })
exchange-no-document = אין מסמך התואם את { $doc }
export-done = { $units } הודעות מתוך { $documents } מסמכים נכתבו אל { $out } ({ $files } קבצים)
import-translations-refused = { $doc } { $id } לא נלקח: { $reason }
import-translations-doc = { $doc }: { $added } נוספו, { $updated } עודכנו, { $state } עם מצב בדיקה חדש
import-translations-summary = { $messages } הודעות שונו ב-{ $catalogs } קטלוגים; { $unchanged } לא שונו, { $refused } נדחו, { $untaken } לא אושרו או ריקות
leverage-doc = { $doc }: { $count } מולאו
leverage-summary = { $locale }: { $filled } מתוך { $missing } הודעות חסרות מולאו מהתאמות מדויקות (סומנו { $mark }); ל-{ $fuzzy } נוספות יש רק התאמות חלקיות, ל-{ $none } אין התאמה
words-total = מילים
words-new = חדשות
words-repetition = חוזרות
words-all-documents = (כל המסמכים)
words-counting = מילים: לפי גבולות מילים של Unicode, ללא סימון, כתובות URL או קוד; כתב האן, קאנה, תאית, לאית, קמרית ובורמזית נספרים לפי תו.

## check: translation QA in every script (issue 14)
check-blank-translation = התרגום ריק או מכיל רווחים בלבד
check-untranslated = נותרה אנגלית לא מתורגמת: "{ $text }"
check-empty-link-text = לקישור אל { $dest } אין טקסט: אין על מה ללחוץ
check-url-altered = כתובת ה-URL { $url } שונתה: יש בה רווחים או מילים מתורגמות
check-do-not-translate = "{ $term }" חייב להופיע ללא שינוי בתרגום
check-term-mismatch = מילון המונחים מתרגם את "{ $source }" כ-"{ $target }", שהתרגום אינו משתמש בו
check-inconsistent-translation = אותה אנגלית מתורגמת בדרכים שונות: { $variants }
check-inconsistent-source = אותו תרגום משמש לטקסטים שונים באנגלית: { $variants }
check-repeated-word = המילה "{ $word }" חוזרת על עצמה
check-unpaired-bracket = "{ $bracket }" אינו פותח או סוגר דבר
check-alphanumeric-mismatch = "{ $token }" שבמקור חסר בתרגום
check-hint-blank-translation = תרגם את הטקסט, או העתק את המקור אם עליו להישאר כפי שהוא
check-hint-untranslated = תרגם את האנגלית, או התר את הקוד עבור הודעה זו אם עליה להישאר באנגלית
check-hint-empty-link-text = כתוב את טקסט הקישור בין הסוגריים המרובעים: [טקסט](יעד)
check-hint-url-altered = העתק את כתובת ה-URL בדיוק כפי שהיא במקור, ללא רווחים ועם מצייני מיקום ללא שינוי
check-hint-do-not-translate = כתוב את שם המוצר בדיוק כמו במקור, עם הספרות הלטיניות שלו
check-hint-term-mismatch = השתמש בתרגום המונח שבמילון המונחים
check-hint-inconsistent-translation = בחר תרגום אחד והשתמש בו בכל מקום, או התר את הקוד היכן שההקשר שונה
check-hint-inconsistent-source = ודא שכל טקסט באנגלית מתורגם בפני עצמו; השתמש בתרגומים שונים היכן שהמשמעות שונה
check-hint-repeated-word = מחק את המילה החוזרת
check-hint-unpaired-bracket = סגור כל סוגר ומירכאה שהתרגום פותח, כפי שהמקור עושה
check-hint-alphanumeric-mismatch = העתק קודים, מק"טים (SKU), מספרי שגיאה ומספרי KB בדיוק כמו במקור
check-summary-locale = אזור { $locale }: { $counts }
check-html-title = בדיקת תרגום
check-html-summary = ממצאים לפי קוד ואזור
check-html-code = קוד
check-html-place = מקום
check-html-message = הודעה
check-html-source = מקור
check-html-target = יעד
check-glossary-error = { $path }:{ $line }:{ $col }: { $reason ->
    [columns] שורה במילון המונחים זקוקה למקור וליעד (source,target,locale,note)
    [empty] מונח המקור או מונח היעד ריק
    [header] השורה הראשונה חייבת להיות שורת הכותרת source,target,locale,note
    [csv] לא ניתן לקרוא את קובץ ה-CSV: { $detail }
    [xml] לא ניתן לקרוא את קובץ ה-TBX: { $detail }
   *[other] { $detail }
}
cli-check-opt-glossary = מילון מונחים (TBX, או CSV עם source,target,locale,note) שבמונחים שלו התרגומים חייבים להשתמש (ניתן לחזור על כך)

## leavers: מחיקת משתמשים (מחיקה רכה, שחזור במשך 30 יום), `store deleted`, `store restore`
store-error-not-supported = המאגר { $url } אינו יכול { $operation ->
        [delete] למחוק
        [restore] לשחזר
       *[other] להציג נמחקים של
    } משתמשים. מחיקה, רשימת משתמשים שנמחקו ושחזור פועלים במאגרי SQLite, זיכרון ו-Microsoft Graph.
store-error-deleted-not-found = אין משתמש שנמחק "{ $user }" לשחזור: הוא מעולם לא נמחק, כבר שוחזר, או נמחק לפני יותר מ-30 יום (ואז הוא נמחק לצמיתות). ראה `taskguide store deleted`.
store-error-delete-denied = Microsoft Graph סירב { $operation ->
        [delete] למחוק
        [restore] לשחזר
       *[other] לשנות
    } את { $user }: "{ $message }" מחיקה ושחזור של משתמשים דורשים את התפקיד מנהל משתמשים (או מנהל אימות בעל הרשאות) ואת ההרשאה User.ReadWrite.All; מנהל רישיונות יכול להקצות רישיונות אך לא למחוק משתמשים. פנה למי שיש לו התפקיד, או בקש לקבל אותו, ולאחר מכן נסה שוב.
cli-store-deleted = הצג את המשתמשים שנמחקו ועדיין ניתן לשחזר (30 יום), עם הרישיונות שהיו להם.
cli-store-deleted-opt-format = תבנית פלט: text (טבלה), או json עם שמות השדות של Graph.
cli-store-restore = שחזר משתמש שנמחק עם הרישיונות והקבוצות שלו (קוד יציאה 1 אם אין מה לשחזר).
cli-store-restore-opt-user = שם הכניסה או המזהה של המשתמש שנמחק (ראה `taskguide store deleted`).
cli-store-restore-opt-dry_run = הצג מה השחזור היה מחזיר, מבלי לבצע אותו.
store-deleted-none = אין משתמשים שנמחקו: אף אחד לא נמחק ב-30 הימים האחרונים.
store-deleted-col-user = משתמש
store-deleted-col-deleted = נמחק
store-deleted-col-until = ניתן לשחזור עד
store-deleted-col-licenses = רישיונות שהיו לו
store-deleted-count = משתמשים שנמחקו: { $count }; שחזר משתמש באמצעות `taskguide store restore <UPN>`.
store-restore-over-seats = שוחזר עם כל הרישיונות שהיו לו, כפי ש-Microsoft 365 עושה, אך ל-{ $licenses } יש כעת יותר משתמשים מרישיונות: הסר רישיון ממישהו, או קנה רישיונות נוספים.
wizard-delete-pick = משתמשים למחיקה (עד { $max } בכל פעם):
wizard-delete-pick-help = הקלד כדי לסנן, רווח כדי לבחור או לבטל, Enter בסיום, Esc כדי לחזור.
wizard-delete-review = משתמשים שיימחקו ויאבדו את הרישיונות האלה: { $count }
wizard-delete-loses = • { $name } <{ $upn }>: יאבד { $licenses }
wizard-delete-seats = רישיונות פנויים לאחר מכן:
wizard-delete-seat-line = { $license }: { $available } מתוך { $total } זמינים
wizard-delete-restorable = ניתן לשחזר משתמש שנמחק במשך 30 יום, עם הרישיונות שלו: `taskguide store restore <UPN>`, או בטל את רשומת היומן.
wizard-delete-dry-run = הרצת ניסיון: משתמשים שהיו נמחקים: { $count }. שום דבר לא נמחק.
wizard-delete-type-upn = כדי למחוק, הקלד את שם הכניסה { $upn }:
wizard-delete-type-count = כדי למחוק משתמשים אלה, הקלד את מספרם ({ $count }):
wizard-delete-type-help = ההקלדה מוודאת שהמשתמשים הנכונים יימחקו. Esc כדי לחזור.
wizard-delete-type-empty = הקלד כדי למחוק, או הקש Esc כדי לחזור.
wizard-delete-mismatch-upn = הקלדת "{ $typed }", ולא { $upn }: שום דבר לא נמחק.
wizard-delete-mismatch-count = הקלדת "{ $typed }", אך נבחרו { $count } משתמשים: שום דבר לא נמחק. בדוק את המשתמשים שנבחרו, ולאחר מכן הקלד את מספרם.
wizard-delete-col-user = משתמש
wizard-delete-col-freed = רישיונות ששוחררו
wizard-delete-col-result = תוצאה
wizard-delete-ok = ✓ נמחק (ניתן לשחזור במשך 30 יום)
wizard-delete-failed = ✗ לא נמחק: { $reason }
wizard-delete-done = { $ok } מתוך { $total } משתמשים נמחקו:
wizard-delete-journal = רשומות יומן ({ $count }): { $ids }; כדי לשחזר משתמש, בטל את הרשומה שלו: taskguide store undo { $last }
wizard-delete-partial = משתמשים שלא נמחקו: { $failed } (הסיבות מופיעות בטבלה); האחרים נמחקו, והיומן מכיל בדיוק את המחיקות שלהם.
store-history-kind = { $kind ->
    [delete] המשתמש נמחק (ניתן לשחזור במשך 30 יום)
   *[other] המשתמש שוחזר
}
wizard-delete-in-error = (גם { $license } מהקבוצה { $group }: הקבוצה לא הצליחה להקצות אותו, ולכן לא משתחרר רישיון)
## tasks: product flows searched on large directories, the live seat count
wizard-search-users = חפש משתמשים להוספה (חלק משם או משם כניסה; Enter בשורה ריקה בסיום):
wizard-search-users-help = החיפוש במדריך מתבצע לפי מה שאתה מקליד; משתמשים שסימנת נשארים מסומנים.
wizard-search-users-done = לאחר מכן Enter בשורת חיפוש ריקה כדי להמשיך.
wizard-search-users-none = אף משתמש אינו תואם. נסה חלק מהשם או משם הכניסה.
wizard-seats-now = רישיונות: { $line }
## site: the sitemap needs --base-url
site-error-base-url = --base-url { $url } אינה כתובת http או https מוחלטת (כמו https://help.example.com/docs)
site-no-sitemap = הערה: אין sitemap.xml ללא --base-url (הכתובות במפת אתר חייבות להיות מוחלטות)
## checkqa: מילים ב-CamelCase ובאותיות רישיות, שגיאות בהגדרות הבדיקה עם מיקומן
check-cased-word-mismatch = "{ $word }" שבמקור חסר בתרגום
check-hint-cased-word-mismatch = השאר שמות של מוצרים, תכונות, הגדרות ופרוטוקולים (CamelCase, אותיות רישיות) כפי שהם כתובים במקור, אלא אם לשפה יש צורה מקובלת משלה
check-config-error-at = { $path }:{ $line }:{ $col }: הגדרות בדיקה לא חוקיות: { $reason }
check-config-unknown-code-at = { $path }:{ $line }:{ $col }: אין קוד בדיקה "{ $code }"; הקודים הם: { $known }
## store-err: a group license Microsoft Graph reports in error: Graph's error code, then the state in words
store-license-group-problem = { $group } ⚠ { $error } ({ $state ->
        [Error] שגיאה
        [ActiveWithError] פעילה עם שגיאה
        [Disabled] מושבתת
       *[other] פעילה
    })
