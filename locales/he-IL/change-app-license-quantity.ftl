### doc: change-app-license-quantity
### locale: he-IL
### ms.openlocfilehash: 3e892e4754b959851fe82e15ee2f4c1eb355fd32

# heading 1 #change-app-license-quantity
seg-102 = שינוי כמות רשיון אפליקציה

# text #change-app-license-quantity
seg-103 = באפשרותך להציג או לשנות את מספר הרשיונות שיש לך ולהקצות אותם למשתמשים במרכז Microsoft 365 הניהול.

# heading 2 #to-change-license-quantity
seg-104 = כדי לשנות את כמות הרשיונות

# text #to-change-license-quantity
seg-105 = **צפה בסרטון וידאו** שמראה כיצד לעשות זאת: [קניית רשיונות חדשים](https://go.microsoft.com/fwlink/p/?linkid=2154857) או הסרת [רשיונות קיימים](https://go.microsoft.com/fwlink/p/?linkid=2154938)

# step 1 #to-change-license-quantity
seg-106 = עבור אל הדף **חיוב**  >  **[המוצרים](https://go.microsoft.com/fwlink/p/?linkid=842054)** שלך.

# step 2 #to-change-license-quantity
seg-107 = בכרטיסיה **מוצרים,** במקטע **יישומים,** אתר את היישום שברצונך לנהל.

# step 2 #to-change-license-quantity
seg-108 = בחר את שלוש הנקודות (פעולות נוספות) ולאחר מכן בחר **קנה רשיונות**.

# step 3 #to-change-license-quantity
seg-109 = אם ברצונך להקטין את מספר הרשיונות, בחלק העליון של החלונית **קנה רשיונות,** בחר **הסר רשיונות**.

# step 4 #to-change-license-quantity
seg-110 = כדי לקנות או להסיר רשיונות, תחת  כמות **חדשה** בתיבה סה"כ רשיונות, הזן את המספר הכולל של הרשיונות הרצוי עבור מנוי זה.

# step 4 #to-change-license-quantity
seg-111 = לדוגמה, אם יש לך 100 רשיונות וברצונך להוסיף חמישה רשיונות נוספים, הזן 105.

# step 4 #to-change-license-quantity
seg-112 = אם ברצונך להסיר חמישה מהם, הזן 95.

# step 5 #to-change-license-quantity
seg-113 = בחר **שמור**.

# heading 2 #to-assign-app-licenses
seg-114 = כדי להקצות רשיונות אפליקציה

# step 1 #to-assign-app-licenses
seg-115 = עבור אל הדף **חיוב**  >  **[המוצרים](https://go.microsoft.com/fwlink/p/?linkid=842054)** שלך.

# step 2 #to-assign-app-licenses
seg-116 = בכרטיסיה **מוצרים,** במקטע **יישומים,** אתר את היישום שברצונך לנהל.

# step 3 #to-assign-app-licenses
seg-117 = תחת **הגדרות &,** בחר את הקישור לניהול **בפורטל של המפרסם.**

# front matter
title = שינוי כמות רשיון אפליקציה
