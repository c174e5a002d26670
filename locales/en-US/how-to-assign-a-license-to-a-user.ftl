### doc: how-to-assign-a-license-to-a-user
### locale: en-US
### ms.openlocfilehash: 693efc0755b682b17518f07e434685e68beddc14

# heading 1 #assign-or-unassign-licenses-to-users
seg-102 = Assign or unassign licenses to users

# text #assign-or-unassign-licenses-to-users
seg-103 = A user needs a license to have access to services.

# text #assign-or-unassign-licenses-to-users
seg-104 = Here are steps to assign a license to or unassign a license from a user.

# step 1 #assign-or-unassign-licenses-to-users
seg-105 = In the admin center, go to **Users** \> [Active users](https://go.microsoft.com/fwlink/p/?linkid=834822).

# step 2 #assign-or-unassign-licenses-to-users
seg-106 = Select the row of the user that you want to assign a license to.

# step 3 #assign-or-unassign-licenses-to-users
seg-107 = In the right pane, select **Licenses and Apps**.

# step 4 #assign-or-unassign-licenses-to-users
seg-108 = Expand the **Licenses** section, select or clear the boxes for the licenses that you want to assign or unassign, then select **Save changes**.

# text #assign-or-unassign-licenses-to-users
seg-109 = For more information, see [Assign licenses to users](https://docs.microsoft.com/microsoft-365/admin/manage/assign-licenses-to-users), and [Unassign licenses from users](https://docs.microsoft.com/microsoft-365/admin/manage/remove-licenses-from-users).

# front matter
title = Assign or unassign licenses to users
