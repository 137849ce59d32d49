package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which task queries skip the engine's per-row authorization join (the rest of the proof: AccessMatrixOnPostgresTest). */
class CandidateGroupTaskAccessTest {

    @Test
    void aLeaderCoversEveryRoleGroupOfTheUnitsHeLeadsAndNoOther() {
        assertThat(CandidateGroupTaskAccess.unitGroupsLedBy(List.of("H36.24848:leader", "H36.1:receiver", "camunda-admin")))
                .containsExactlyInAnyOrder("H36.24848:receiver", "H36.24848:specialist", "H36.24848:leader");
        assertThat(CandidateGroupTaskAccess.unitGroupsLedBy(List.of("H36.1:receiver", "H36.1:specialist"))).isEmpty();
        assertThat(CandidateGroupTaskAccess.unitGroupsLedBy(null)).isEmpty();
    }

    @Test
    void onlyQueriesOfTheUsersOwnOrLedGroupsSkipTheJoin() {
        List<String> leader = List.of("H36.24848:leader");
        assertThat(CandidateGroupTaskAccess.ownCandidateGroupsOnly(groups("H36.24848:receiver", "H36.24848:specialist"), leader)).isTrue();
        assertThat(CandidateGroupTaskAccess.ownCandidateGroupsOnly(groups("H36.24848:receiver", "H36.1:receiver"), leader))
                .as("another unit's group keeps the engine's check").isFalse();
        List<String> receiver = List.of("H36.24848:receiver");
        assertThat(CandidateGroupTaskAccess.ownCandidateGroupsOnly(groups("H36.24848:receiver"), receiver)).isTrue();
        assertThat(CandidateGroupTaskAccess.ownCandidateGroupsOnly(groups("H36.24848:specialist"), receiver))
                .as("a receiver does not cover the unit's other roles").isFalse();
        assertThat(CandidateGroupTaskAccess.ownCandidateGroupsOnly(new TaskQueryImpl(), leader))
                .as("no candidate restriction: the engine's check").isFalse();
    }

    @Test
    void theJoinIsOffAsTheEnginesSqlMappingReadsIt() {
        AuthorizationCheck check = new AuthorizationCheck();
        check.setAuthUserId("lacduong.tiepnhan");
        check.setAuthorizationCheckEnabled(true);
        check.addAtomicPermissionCheck(new PermissionCheck());
        // Task.xml / Authorization.xml test "authCheck.shouldPerformAuthorizatioCheck", i.e. this getter
        assertThat(check.getShouldPerformAuthorizatioCheck()).isTrue();
        CandidateGroupTaskAccess.withoutJoin(check);
        assertThat(check.getShouldPerformAuthorizatioCheck()).isFalse();
    }

    private static TaskQueryImpl groups(String... groups) {
        TaskQueryImpl query = new TaskQueryImpl();
        query.taskCandidateGroupIn(List.of(groups));
        return query;
    }
}
