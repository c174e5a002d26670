### doc: assign-power-bi-to-users
### locale: en-US
### ms.openlocfilehash: 85e6105483a6b493753cdea48262d3e3a2141a50

# heading 1 #assign-power-bi-to-users
seg-102 = Assign Power BI to users

# text #assign-power-bi-to-users
seg-103 = Power BI can be assigned to users in the **Microsoft 365 Admin Center**.

# step 1 #assign-power-bi-to-users
seg-104 = Go to **Billing > [Licenses](https://go.microsoft.com/fwlink/p/?linkid=842264)**.

# step 2 #assign-power-bi-to-users
seg-105 = Select a product for which you want to assign licenses.

# step 3 #assign-power-bi-to-users
seg-106 = Click **Assign licenses**.

# step 4 #assign-power-bi-to-users
seg-107 = In the **Assign licenses to users** pane, begin typing a user's name, and then choose it from the results.

# step 4 #assign-power-bi-to-users
seg-108 = You can add up to 20 users at a time.

# step 5 #assign-power-bi-to-users
seg-109 = Click **Turn apps and services on or off** to assign or remove.

# step 6 #assign-power-bi-to-users
seg-110 = Click **Assign**, and **Close**.

# text #assign-power-bi-to-users
seg-111 = To buy more or remove licenses, see [Buy or remove Licenses](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription).

# front matter
title = Assign Power BI to users
