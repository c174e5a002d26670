### doc: delete-a-user-and-remove-licenses
### locale: he-IL
### ms.openlocfilehash: 1867556cc85a0f7ed0c7cdb22061a63d559fbb4b

# heading 1 #delete-a-user-and-remove-licenses
seg-102 = מחיקת משתמש והסרת רשיונות

# text #delete-a-user-and-remove-licenses
seg-103 = מחיקת משתמש גם ביטול הקצאה של רשיונות המשתמשים, מה שהופך אותם לזמינים עבור משתמשים אחרים.

# step 1 #delete-a-user-and-remove-licenses
seg-104 = במרכז הניהול, עבור אל **משתמשים >** משתמשים פעילים.

# step 2 #delete-a-user-and-remove-licenses
seg-105 = בחר את המשתמש או המשתמשים שברצונך למחוק ולחץ על **מחק משתמש**.

# text #delete-a-user-and-remove-licenses
seg-106 = לקבלת מידע נוסף, ראה [מחיקת משתמש מהארגון שלך](https://docs.microsoft.com/microsoft-365/admin/add-users/delete-a-user).

# front matter
title = מחיקת משתמש והסרת רשיונות
