# 找回账户：验证电子邮箱、重置忘记的密码、更改密码或邮箱。回答从不透露某个地址是否有账户。

field-current-password = 当前密码
field-new-password = 新密码
field-new-email = 新的电子邮箱地址

recovery-check-email-title = 请查看您的邮箱
recovery-check-email-text = 我们已向您填写的地址发送了一封邮件。请打开其中的链接以验证该地址。如果该地址已有账户，邮件会告诉您该怎么做。
recovery-to-login = 前往登录
recovery-to-group = 前往您的同行人员
recovery-to-home = 前往首页

recovery-verify-title = 验证您的电子邮箱
recovery-verify-text = 请按下按钮，确认这个电子邮箱地址属于您。
recovery-verify-submit = 验证我的邮箱
recovery-verified-title = 邮箱已验证
recovery-verified-text = 谢谢。您的电子邮箱已验证：现在可以申请预约了。
recovery-verify-needed-title = 验证您的电子邮箱
recovery-verify-needed-text = 我们已向您的邮箱发送了一个链接。请打开它以验证地址。在此期间，您可以先填写同行人员。
recovery-verify-needed-request = 申请预约之前，请先验证您的电子邮箱。
recovery-verify-already = 您的电子邮箱已验证。
recovery-verify-resend = 重新发送链接
recovery-verify-resent = 我们已发送新链接。请查看您的邮箱，包括垃圾邮件文件夹。

recovery-link-invalid-title = 此链接已失效
recovery-link-invalid-text = 链接已过期或已被使用。重置密码的链接在一小时内有效，且只能使用一次。
recovery-reset-ask-again = 申请新链接

recovery-forgot = 忘记密码？
recovery-reset-title = 重置密码
recovery-reset-intro = 请填写您账户的电子邮箱地址。我们会发送一个链接，让您设置新密码。
recovery-reset-submit = 给我发送链接
recovery-reset-sent-title = 请查看您的邮箱
recovery-reset-sent-text = 如果此地址有账户，我们已向其发送设置新密码的链接。链接在一小时内有效，且只能使用一次。
recovery-reset-done-title = 密码已更改
recovery-reset-done-text = 您的新密码已保存，所有设备均已退出登录。请用新密码登录。

recovery-password-title = 更改密码
recovery-password-too-short = 您的密码少于 { $min } 个字符。请现在设置一个更长的密码。
recovery-password-done = 您的密码已更改。其他设备已退出登录。
recovery-password-submit = 保存新密码
recovery-wrong-password = 这不是您当前的密码。

recovery-email-title = 更改电子邮箱
recovery-email-intro = 我们会向新地址发送一个链接。您打开链接后即完成更改。旧地址会收到通知。
recovery-email-submit = 发送链接
recovery-email-sent = 我们已向新地址发送链接。请打开它以完成更改。
recovery-email-confirm-title = 验证您的新电子邮箱
recovery-email-confirm-text = 请按下按钮，将此地址用于您的 Garita 账户。
recovery-email-confirm-submit = 使用此地址
recovery-email-changed-title = 电子邮箱已更改
recovery-email-changed-text = 您的账户现在使用新地址。我们已将此次更改通知旧地址。
