package vn.motcua.notification.internal;


import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationFailureKindTest {

    @Test
    void aMalformedAddressIsNotRetried() {
        assertThat(NotificationSender.isPermanent(new AddressException("Illegal address", "x y"))).isTrue();
        assertThat(NotificationSender.isPermanent(new MailParseException(new AddressException("bad")))).isTrue();
        assertThat(NotificationSender.isPermanent(new PermanentDeliveryException("number does not exist"))).isTrue();
    }

    @Test
    void aServerThatIsDownOrSlowIsRetried() {
        assertThat(NotificationSender.isPermanent(new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect", new ConnectException("Connection refused"))))).isFalse();
        assertThat(NotificationSender.isPermanent(new IllegalStateException("No mail server configured"))).isFalse();
    }

    @Test
    void theLoggingSmsGatewayMasksThePhoneNumber() {
        assertThat(LoggingSmsGateway.mask("0912345678")).isEqualTo("*******678");
        assertThat(LoggingSmsGateway.mask("12")).isEqualTo("***");
    }
}
