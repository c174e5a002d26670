### doc: buy-additional-licenses
### locale: he-IL
### ms.openlocfilehash: 2df9278e13ca497c7ab71bb458c672031313759f

# heading 1 #buy-additional-licenses
seg-102 = קניית רשיונות נוספים

# text #buy-additional-licenses
seg-103 = **צפה בסרטון וידאו** שמראה כיצד לעשות זאת: [קניית רשיונות](https://go.microsoft.com/fwlink/p/?linkid=2154857)

# step 1 #buy-additional-licenses
seg-104 = במרכז הניהול, עבור אל הדף **חיוב**  >  [המוצרים](https://go.microsoft.com/fwlink/p/?linkid=842054) שלך.

# step 2 #buy-additional-licenses
seg-105 = בכרטיסיה **מוצרים,** אתר את המנוי שעבורו ברצונך לקנות רשיונות.

# step 2 #buy-additional-licenses
seg-106 = בחר את שלוש הנקודות (פעולות נוספות) ולאחר מכן בחר **קנה רשיונות**.

# step 3 #buy-additional-licenses
seg-107 = תחת **כמות חדשה** בתיבה **סה"כ רשיונות,** הזן את המספר הכולל של הרשיונות הרצוי עבור מנוי זה.

# step 3 #buy-additional-licenses
seg-108 = לדוגמה, אם יש לך 100 רשיונות וברצונך להוסיף 25 רשיונות נוספים, הזן 125.

# step 4 #buy-additional-licenses
seg-109 = בחר **שמור**.

# text #buy-additional-licenses
seg-110 = כדי ללמוד עוד, ראה [קנייה או הסרה של רשיונות](/microsoft-365/commerce/licenses/buy-licenses).

# text #buy-additional-licenses
seg-111 = **משאבים נוספים**

# text #buy-additional-licenses
seg-112 = הקצאת רשיונות למשתמשים Microsoft 365 לעסקים

# front matter
title = קניית רשיונות נוספים
