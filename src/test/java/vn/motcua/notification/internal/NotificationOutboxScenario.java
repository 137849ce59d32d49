package vn.motcua.notification.internal;


import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox end to end: rows written with the change, delivered after the commit, retried while the mail
 * server is down, never twice. Runs on the embedded database and on PostgreSQL. The scheduler is parked (poll
 * interval of an hour) so that only the tests' own {@code sendDue()} calls send; time moves by setting
 * {@code next_attempt_at}/{@code locked_until} in SQL, never by sleeping.
 */
abstract class NotificationOutboxScenario {

    /** A free port with no SMTP server on it until a test starts GreenMail there. */
    static final int SMTP_PORT = freePort();
    static final int MAX_ATTEMPTS = 3;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired NotificationSender sender;
    @Autowired NotificationOutbox outbox;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired TaskService tasks;
    @Autowired Clock clock;
    @MockitoBean SmsGateway sms;

    GreenMail mailServer;

    static void notificationProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 5000);
        registry.add("motcua.notification.poll-interval", () -> "PT1H");
        registry.add("motcua.notification.initial-delay", () -> "PT1H");
        registry.add("motcua.notification.max-attempts", () -> MAX_ATTEMPTS);
        registry.add("motcua.notification.retry-initial-delay", () -> "PT1M");
        registry.add("motcua.notification.batch-size", () -> 3);
        registry.add("motcua.notification.tracking-url", () -> "https://dichvucong.lamdong.gov.vn/tra-cuu");
    }

    @BeforeEach
    void emptyOutbox() {
        // Each test counts its own rows and messages; the scenario's database is its own.
        jdbc.sql("delete from notification_outbox").update();
    }

    @AfterEach
    void stopMailServer() {
        if (mailServer != null) {
            mailServer.stop();
        }
    }

    @Test
    void mailServerDownThenBackTheNotificationIsDeliveredExactlyOnce() throws Exception {
        String code = submitOnline();
        long id = onlyRow(code);
        assertThat(row(id).get("state")).isEqualTo("PENDING");

        assertThat(sender.sendDue()).as("nothing listens on the SMTP port").isZero();
        Map<String, Object> afterFailure = row(id);
        assertThat(afterFailure.get("state")).isEqualTo("PENDING");
        assertThat(((Number) afterFailure.get("attempts")).intValue()).isEqualTo(1);
        assertThat((String) afterFailure.get("last_error")).isNotBlank();
        assertThat(((Timestamp) afterFailure.get("next_attempt_at")).toLocalDateTime())
                .as("backed off by motcua.notification.retry-initial-delay").isAfter(now().plusSeconds(50));
        assertThat(sender.sendDue()).as("not due again before its backoff").isZero();
        assertThat(((Number) row(id).get("attempts")).intValue()).isEqualTo(1);

        startMailServer();
        makeDue(id);
        assertThat(sender.sendDue()).isEqualTo(1);

        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[Một cửa] Hồ sơ " + code + ": Đã nộp hồ sơ / Dossier submitted");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("hanh@example.vn");
        assertThat((String) received[0].getContent()).contains("Kính gửi Ông/Bà Nguyễn Thị Hạnh", "đăng ký khai sinh",
                "Dear Nguyễn Thị Hạnh");
        assertThat(row(id).get("state")).isEqualTo("SENT");
        assertThat(((Number) row(id).get("attempts")).intValue()).isEqualTo(2);

        assertThat(sender.sendDue()).isZero();
        makeDue(id);
        assertThat(sender.sendDue()).as("a SENT row is never due again").isZero();
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aRolledBackChangeLeavesNoOutboxRow() {
        String code = "TEST-ROLLBACK-" + UUID.randomUUID();
        tx.executeWithoutResult(status -> {
            events.publishEvent(event(code, "hanh@example.vn", "0912345678"));
            assertThat(rows(code)).as("written inside the change's transaction").hasSize(2);
            status.setRollbackOnly();
        });
        assertThat(rows(code)).isEmpty();

        String failed = "TEST-FAILED-" + UUID.randomUUID();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            events.publishEvent(event(failed, "hanh@example.vn", null));
            throw new IllegalStateException("the change fails after its event was published");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(rows(failed)).isEmpty();
    }

    @Test
    void aCommittedChangeLeavesOneRowPerChannelTheApplicantGave() {
        String code = "TEST-COMMIT-" + UUID.randomUUID();
        tx.executeWithoutResult(status -> events.publishEvent(event(code, "hanh@example.vn", "0912345678")));
        assertThat(jdbc.sql("select channel from notification_outbox where dossier_code = ? order by channel")
                .param(code).query(String.class).list()).containsExactly("EMAIL", "SMS");

        String none = "TEST-NO-ADDRESS-" + UUID.randomUUID();
        tx.executeWithoutResult(status -> events.publishEvent(event(none, null, null)));
        assertThat(rows(none)).isEmpty();
    }

    @Test
    void twoConcurrentSendersDeliverEachMessageOnce() throws Exception {
        int count = 12;
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = "TEST-CONCURRENT-" + i + "-" + UUID.randomUUID();
            codes.add(code);
            tx.executeWithoutResult(status -> events.publishEvent(event(code, "applicant" + codes.size() + "@example.vn", null)));
        }
        startMailServer();

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> node = () -> {
                start.await();
                return sender.sendDue();
            };
            Future<Integer> first = nodes.submit(node);
            Future<Integer> second = nodes.submit(node);
            start.countDown();
            assertThat(first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS)).isEqualTo(count);
        } finally {
            nodes.shutdownNow();
        }

        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(count);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : received) {
            subjects.add(m.getSubject());
        }
        assertThat(subjects).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from notification_outbox where state = 'SENT' and attempts = 1")
                .query(Integer.class).single()).isEqualTo(count);
        assertThat(sender.sendDue()).isZero();
    }

    @Test
    void aRowLeftSendingByACrashedNodeIsSentOnceItsLeaseExpires() throws Exception {
        String code = "TEST-CRASH-" + UUID.randomUUID();
        tx.executeWithoutResult(status -> events.publishEvent(event(code, "hanh@example.vn", null)));
        long id = onlyRow(code);
        UUID crashedNode = UUID.randomUUID();
        jdbc.sql("update notification_outbox set state = 'SENDING', attempts = 1, claim_token = ?, locked_until = ? where id = ?")
                .param(crashedNode).param(Timestamp.valueOf(now().plusMinutes(5))).param(id).update();
        startMailServer();

        assertThat(sender.sendDue()).as("the lease still holds").isZero();
        assertThat(mailServer.getReceivedMessages()).isEmpty();

        jdbc.sql("update notification_outbox set locked_until = ? where id = ?")
                .param(Timestamp.valueOf(now().minusSeconds(1))).param(id).update();
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
        assertThat(row(id).get("state")).isEqualTo("SENT");
        assertThat(((Number) row(id).get("attempts")).intValue()).isEqualTo(2);

        assertThat(outbox.markSent(id, crashedNode, now()))
                .as("the crashed node, coming back, no longer owns the row").isFalse();
    }

    @Test
    void afterTheLastAllowedAttemptTheRowIsKeptAsFailedForAnOperator() {
        String code = "TEST-GIVE-UP-" + UUID.randomUUID();
        tx.executeWithoutResult(status -> events.publishEvent(event(code, "hanh@example.vn", null)));
        long id = onlyRow(code);

        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            makeDue(id);
            assertThat(sender.sendDue()).isZero();
        }
        Map<String, Object> row = row(id);
        assertThat(row.get("state")).isEqualTo("FAILED");
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(MAX_ATTEMPTS);
        assertThat((String) row.get("last_error")).isNotBlank();

        makeDue(id);
        sender.sendDue();
        assertThat(((Number) row(id).get("attempts")).intValue()).as("a FAILED row is not retried by itself")
                .isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    void anAddressThatCannotBeAnEmailIsGivenUpAtOnce() {
        String code = "TEST-BAD-ADDRESS-" + UUID.randomUUID();
        tx.executeWithoutResult(status -> events.publishEvent(event(code, "không phải email", null)));
        long id = onlyRow(code);
        startMailServer();

        assertThat(sender.sendDue()).isZero();
        assertThat(row(id).get("state")).isEqualTo("FAILED");
        assertThat(((Number) row(id).get("attempts")).intValue()).isEqualTo(1);
    }

    @Test
    void theSmsGoesThroughTheProvincesSmsGateway() throws Exception {
        String code = "TEST-SMS-" + UUID.randomUUID();
        tx.executeWithoutResult(status -> events.publishEvent(event(code, null, "0912345678")));
        long id = onlyRow(code);

        assertThat(sender.sendDue()).isEqualTo(1);
        verify(sms).send(anyString(), eq("0912345678"), startsWith("Một cửa: Hồ sơ " + code
                + ": Đã tiếp nhận / Accepted."));
        assertThat(row(id).get("state")).isEqualTo("SENT");
    }

    @Test
    void acceptingADossierInTheEngineQueuesAcceptedAndProcessingForTheApplicant() throws Exception {
        String code = submitOnline();
        Task check = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("Task_CheckDossier")
                .singleResult();
        tasks.complete(check.getId(), Map.of("receiveDecision", "ACCEPT"));

        assertThat(jdbc.sql("select dossier_status from notification_outbox where dossier_code = ? order by id")
                .param(code).query(Integer.class).list())
                .containsExactly(DossierStatus.NEW.code(), DossierStatus.ACCEPTED.code(), DossierStatus.PROCESSING.code());
    }

    private String submitOnline() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE"))))
                .andExpect(status().isCreated())
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("code").asText();
    }

    private DossierStatusChanged event(String code, String email, String phone) {
        LocalDateTime now = now();
        return new DossierStatusChanged(UUID.randomUUID(), code, "Đăng ký khai sinh", "Nguyễn Thị Hạnh", email, phone,
                DossierStatus.ACCEPTED, "STATUS", now.plusDays(3), null, now);
    }

    /** The app's clock, in the province's time zone as the outbox's timestamps are (the JVM's may differ). */
    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private void startMailServer() {
        mailServer = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
    }

    private void makeDue(long id) {
        jdbc.sql("update notification_outbox set next_attempt_at = ? where id = ?")
                .param(Timestamp.valueOf(now().minusSeconds(1))).param(id).update();
    }

    private List<Long> rows(String code) {
        return jdbc.sql("select id from notification_outbox where dossier_code = ?").param(code).query(Long.class).list();
    }

    private long onlyRow(String code) {
        List<Long> ids = rows(code);
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select state, attempts, last_error, next_attempt_at from notification_outbox where id = ?")
                .param(id).query().singleRow();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
