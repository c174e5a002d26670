### doc: assign-project-to-users
### locale: en-US
### ms.openlocfilehash: c33253871ea45682351c9f3d15a9ab0e129666a5

# heading 1 #assign-project-to-users
seg-102 = Assign Project to users

# text #assign-project-to-users
seg-103 = Project can be assigned to users in the **Microsoft 365 Admin Center**.

# step 1 #assign-project-to-users
seg-104 = Go to **Billing > [Licenses](https://go.microsoft.com/fwlink/p/?linkid=842264)**.

# step 2 #assign-project-to-users
seg-105 = Select a product for which you want to assign licenses.

# step 3 #assign-project-to-users
seg-106 = Click **Assign licenses**.

# step 4 #assign-project-to-users
seg-107 = In the **Assign licenses to users** pane, begin typing a user's name, and then choose it from the results.

# step 4 #assign-project-to-users
seg-108 = You can add up to 20 users at a time.

# step 5 #assign-project-to-users
seg-109 = Click **Turn apps and services on or off** to assign or remove.

# step 6 #assign-project-to-users
seg-110 = Click **Assign**, and **Close**.

# text #assign-project-to-users
seg-111 = To buy more or remove licenses, see [Buy or remove Licenses](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription).

# front matter
title = Assign Project to users
