package vn.motcua.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.motcua.notification.internal.NotificationOutbox.OutboxRow;

/** Hands one email to the SMTP server ({@code spring.mail.*}); returns only once the server accepted it. */
@Component
class EmailDelivery {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String messageIdDomain;

    EmailDelivery(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.from = properties.emailFrom();
        this.messageIdDomain = domainOf(properties.emailFrom());
    }

    void send(OutboxRow row) throws MessagingException {
        // Spring Boot creates the sender only when spring.mail.host is set; without it the row waits (retried) for
        // an operator to configure one, rather than being dropped.
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No mail server configured (spring.mail.host)");
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
        mail.setFrom(from);
        mail.setTo(row.recipient());
        mail.setSubject(row.subject());
        mail.setText(row.body(), false);
        // A stable Message-ID (JavaMailSenderImpl keeps one that is set): a copy resent after a crash between the
        // server's acceptance and our SENT mark is the same message to mail systems that deduplicate.
        message.setHeader("Message-ID", "<" + row.notificationId() + "@" + messageIdDomain + ">");
        sender.send(message);
    }

    private static String domainOf(String address) {
        try {
            String a = new InternetAddress(address).getAddress();
            return a.contains("@") ? a.substring(a.indexOf('@') + 1) : "motcua.localhost";
        } catch (MessagingException e) {
            throw new IllegalArgumentException("motcua.notification.email-from is not an email address: " + address, e);
        }
    }
}
