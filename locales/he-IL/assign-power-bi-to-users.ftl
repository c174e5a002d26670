### doc: assign-power-bi-to-users
### locale: he-IL
### ms.openlocfilehash: 85e6105483a6b493753cdea48262d3e3a2141a50

# heading 1 #assign-power-bi-to-users
seg-102 = הקצאת Power BI למשתמשים

# text #assign-power-bi-to-users
seg-103 = ניתן להקצות את Power BI למשתמשים ב **מרכז הניהול של Microsoft 365**.

# step 1 #assign-power-bi-to-users
seg-104 = עבור אל **'חיובים' > ['רישיונות'](https://go.microsoft.com/fwlink/p/?linkid=842264)**.

# step 2 #assign-power-bi-to-users
seg-105 = בחר את המוצר שעבורו ברצונך להקצות רישיונות.

# step 3 #assign-power-bi-to-users
seg-106 = לחץ על **'הקצה רישיונות'**.

# step 4 #assign-power-bi-to-users
seg-107 = בחלונית **הקצה רישיונות למשתמשים**, התחל להקליד שם משתמש ולאחר מכן בחר אותו מתוך התוצאות.

# step 4 #assign-power-bi-to-users
seg-108 = באפשרותך להוסיף 20 משתמשים לכל היותר בכל פעם.

# step 5 #assign-power-bi-to-users
seg-109 = בחר **'הפעל או בטל הפעלה של יישומים ושירותים'** כדי להקצות או להסיר.

# step 6 #assign-power-bi-to-users
seg-110 = לחץ על **'הקצה'** ו **'סגור'**.

# text #assign-power-bi-to-users
seg-111 = כדי לקנות עוד רישיונות או להסיר רישיונות, ראה [קנייה או הסרה של רישיונות](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription).

# front matter
title = הקצאת Power BI למשתמשים
