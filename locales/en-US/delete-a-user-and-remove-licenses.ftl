### doc: delete-a-user-and-remove-licenses
### locale: en-US
### ms.openlocfilehash: 1867556cc85a0f7ed0c7cdb22061a63d559fbb4b

# heading 1 #delete-a-user-and-remove-licenses
seg-102 = Delete a user and remove licenses

# text #delete-a-user-and-remove-licenses
seg-103 = Deleting a user will also unassign the user licenses, making them available for other users.

# step 1 #delete-a-user-and-remove-licenses
seg-104 = In the admin center, go to **Users** > Active Users.

# step 2 #delete-a-user-and-remove-licenses
seg-105 = Select the user or users to delete and click **Delete user**.

# text #delete-a-user-and-remove-licenses
seg-106 = For more info, see [Delete a user from your organization](https://docs.microsoft.com/microsoft-365/admin/add-users/delete-a-user).

# front matter
title = Delete a user and remove licenses
