package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.ResultReturn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The applicant's result-return choice told to the process a submission has just started, by its id: a process that
 * has already ended is left alone and the submission goes on, as the search by the dossier's code left it.
 * (Set on a running process: {@code DossierApiTest}'s result-return test.)
 */
@SpringBootTest
@ActiveProfiles("test")
class ResultReturnChosenAtStartTest {

    @Autowired DossierWorkflow workflow;
    @Autowired RuntimeService runtime;
    @Autowired TransactionTemplate tx;

    @Test
    void aProcessThatHasAlreadyEndedIsLeftAloneAndTheTransactionCommits() {
        long before = runtime.createVariableInstanceQuery().variableName("resultReturnMethod").count();

        assertThatCode(() -> tx.executeWithoutResult(status -> workflow.resultReturnChosenAtStart("no-such-process",
                ResultReturn.AT_RECEIVING_POINT, "H36.24781"))).doesNotThrowAnyException();

        assertThat(runtime.createVariableInstanceQuery().variableName("resultReturnMethod").count()).isEqualTo(before);
    }
}
