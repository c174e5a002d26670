### doc: assign-atp-licenses
### locale: en-US
### ms.openlocfilehash: 0b6dea84c1342ef17f23180d3b917b052158cf46

# heading 1 #assign-microsoft-defender-for-office-365-licenses
seg-102 = Assign Microsoft Defender for Office 365 Licenses

# text #assign-microsoft-defender-for-office-365-licenses
seg-103 = Microsoft Defender for Office 365 can be assigned to users in the Microsoft 365 Admin Center.

# step 1 #assign-microsoft-defender-for-office-365-licenses
seg-104 = Go to **Billing** > [Licenses](https://go.microsoft.com/fwlink/p/?linkid=842264).

# step 2 #assign-microsoft-defender-for-office-365-licenses
seg-105 = Select a product for which you want to assign licenses.

# step 3 #assign-microsoft-defender-for-office-365-licenses
seg-106 = Click **Assign licenses**.

# step 4 #assign-microsoft-defender-for-office-365-licenses
seg-107 = In the **Assign licenses to users**  pane, begin typing a user's name, and then choose it from the results.

# step 4 #assign-microsoft-defender-for-office-365-licenses
seg-108 = You can add up to 20 users at a time.

# step 5 #assign-microsoft-defender-for-office-365-licenses
seg-109 = Click **Turn apps and services on or off**  to assign or remove.

# step 6 #assign-microsoft-defender-for-office-365-licenses
seg-110 = Click **Assign**, and  **Close**.

# text #assign-microsoft-defender-for-office-365-licenses
seg-111 = To buy more or remove licenses, see [Buy or remove Licenses](https://docs.microsoft.com/microsoft-365/commerce/licenses/buy-licenses#buy-or-remove-licenses-for-your-business-subscription).

# front matter
title = Assign Microsoft Defender for Office 365 Licenses
