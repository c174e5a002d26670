### doc: how-to-assign-a-license-to-a-user
### locale: he-IL
### ms.openlocfilehash: 693efc0755b682b17518f07e434685e68beddc14

# heading 1 #assign-or-unassign-licenses-to-users
seg-102 = הקצאה או ביטול הקצאה של רשיונות למשתמשים

# text #assign-or-unassign-licenses-to-users
seg-103 = משתמש זקוק לרשיון כדי לקבל גישה לשירותים.

# text #assign-or-unassign-licenses-to-users
seg-104 = להלן שלבים להקצאת רשיון או לביטול הקצאה של רשיון ממשתמש.

# step 1 #assign-or-unassign-licenses-to-users
seg-105 = במרכז הניהול, **עבור אל משתמשים** \> [פעילים](https://go.microsoft.com/fwlink/p/?linkid=834822).

# step 2 #assign-or-unassign-licenses-to-users
seg-106 = בחר את שורת המשתמש שברצונך להקצות לה רשיון.

# step 3 #assign-or-unassign-licenses-to-users
seg-107 = בחלונית השמאלית, בחר **רישיונות ויישומים**.

# step 4 #assign-or-unassign-licenses-to-users
seg-108 = הרחב את המקטע **רשיונות** , בחר או נקה את התיבות עבור הרשיונות שברצונך להקצות או לבטל את ההקצאה, ולאחר מכן בחר **שמור שינויים**.

# text #assign-or-unassign-licenses-to-users
seg-109 = לקבלת מידע נוסף, ראה [הקצאת רשיונות למשתמשים](https://docs.microsoft.com/microsoft-365/admin/manage/assign-licenses-to-users)וביטול [הקצאה של רשיונות ממשתמשים](https://docs.microsoft.com/microsoft-365/admin/manage/remove-licenses-from-users).

# front matter
title = הקצאה או ביטול הקצאה של רשיונות למשתמשים
