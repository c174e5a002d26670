### doc: assign-atp-licenses
### locale: he-IL
### ms.openlocfilehash: 0b6dea84c1342ef17f23180d3b917b052158cf46

# heading 1 #assign-microsoft-defender-for-office-365-licenses
seg-102 = הקצאת רשיונות של Microsoft Defender עבור Office 365

# text #assign-microsoft-defender-for-office-365-licenses
seg-103 = ניתן להקצות את microsoft Defender עבור Office 365 למשתמשים במרכז הניהול של Microsoft 365.

# step 1 #assign-microsoft-defender-for-office-365-licenses
seg-104 = עבור אל   >  [רשיונות](https://go.microsoft.com/fwlink/p/?linkid=842264)חיוב.

# step 2 #assign-microsoft-defender-for-office-365-licenses
seg-105 = בחר את המוצר שעבורו ברצונך להקצות רישיונות.

# step 3 #assign-microsoft-defender-for-office-365-licenses
seg-106 = לחץ על **'הקצה רישיונות'**.

# step 4 #assign-microsoft-defender-for-office-365-licenses
seg-107 = בחלונית **הקצאת רשיונות למשתמשים**  , התחל להקליד שם של משתמש ולאחר מכן בחר אותו מתוך התוצאות.

# step 4 #assign-microsoft-defender-for-office-365-licenses
seg-108 = באפשרותך להוסיף 20 משתמשים לכל היותר בכל פעם.

# step 5 #assign-microsoft-defender-for-office-365-licenses
seg-109 = לחץ על **הפעלה או ביטול של יישומים ושירותים**  כדי להקצות או להסיר.

# step 6 #assign-microsoft-defender-for-office-365-licenses
seg-110 = לחץ על **הקצה**  **וסגור**.

# text #assign-microsoft-defender-for-office-365-licenses
seg-111 = כדי לקנות עוד רישיונות או להסיר רישיונות, ראה [קנייה או הסרה של רישיונות](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription).

# front matter
title = הקצאת רשיונות של Microsoft Defender עבור Office 365
