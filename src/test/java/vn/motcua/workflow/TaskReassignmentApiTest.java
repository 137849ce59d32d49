package vn.motcua.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A leader sees their unit's tasks and reassigns or delegates one, within the unit, to an officer who holds the role
 * the task asks for; everything else is refused, and every hand-over is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TaskReassignmentApiTest {

    /** A second receiver of Xuân Hương, so there is someone to reassign to. */
    private static final String SECOND_RECEIVER = "xuanhuong.tiepnhan2";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired org.camunda.bpm.engine.IdentityService identity;

    @Test
    void aLeaderSeesTheUnitsTasksAndReassignsOneToAnotherReceiverOfTheUnit() throws Exception {
        ensureSecondReceiver();
        String code = submit(Officers.XUANHUONG);
        Task check = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();

        mvc.perform(get("/api/v1/tasks").param("unit", Officers.XUANHUONG).with(leader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].dossierCode", hasItem(code)))
                .andExpect(jsonPath("$[?(@.dossierCode == '" + code + "')].candidateGroups[0]",
                        hasItem(Officers.XUANHUONG + ":receiver")));
        assign(check.getId(), SECOND_RECEIVER, leader())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value(SECOND_RECEIVER))
                .andExpect(jsonPath("$.candidateGroups[0]").value(Officers.XUANHUONG + ":receiver"));

        assertThat(tasks.createTaskQuery().taskId(check.getId()).singleResult().getAssignee()).isEqualTo(SECOND_RECEIVER);
        assertThat(jdbc.sql("select actor || ' ' || detail from audit_event where action = 'TASK_REASSIGNED' and target_id = ?")
                .param(check.getId()).query(String.class).single())
                .isEqualTo(Officers.XUANHUONG_LEADER + " – → " + SECOND_RECEIVER + "; Task_CheckDossier");
        assertThat(jdbc.sql("select actor from audit_event where action = 'TASK_ASSIGNED' and target_id = ?")
                .param(check.getId()).query(String.class).single()).isEqualTo(Officers.XUANHUONG_LEADER);
    }

    @Test
    void aLeaderDelegatesATaskAndTheDelegateIsRecorded() throws Exception {
        ensureSecondReceiver();
        String code = submit(Officers.XUANHUONG);
        Task check = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
        mvc.perform(post("/api/v1/tasks/{id}/delegation", check.getId()).with(leader()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"" + SECOND_RECEIVER + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value(SECOND_RECEIVER))
                .andExpect(jsonPath("$.owner").value(Officers.XUANHUONG_LEADER));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TASK_DELEGATED' and target_id = ?")
                .param(check.getId()).query(Long.class).single()).isOne();
    }

    @Test
    void nobodyHandsATaskOutsideItsUnitOrRole() throws Exception {
        String code = submit(Officers.XUANHUONG);
        Task check = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();

        // another unit's leader does not know the task exists
        assign(check.getId(), Officers.LACDUONG_RECEIVER, httpBasic(Officers.LACDUONG_LEADER, Officers.PASSWORD))
                .andExpect(status().isNotFound());
        // not to an officer of another unit, nor to one of the unit without the task's role
        assign(check.getId(), Officers.LACDUONG_RECEIVER, leader()).andExpect(status().isForbidden());
        assign(check.getId(), Officers.XUANHUONG_SPECIALIST, leader()).andExpect(status().isForbidden());
        // officers who are not leaders, and auditors, may not reassign at all
        assign(check.getId(), Officers.XUANHUONG_RECEIVER, httpBasic(Officers.XUANHUONG_RECEIVER, Officers.PASSWORD))
                .andExpect(status().isForbidden());
        assign(check.getId(), Officers.XUANHUONG_RECEIVER, httpBasic(Officers.AUDITOR, Officers.PASSWORD))
                .andExpect(status().isForbidden());
        assign("no-such-task", Officers.XUANHUONG_RECEIVER, leader()).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks").param("unit", Officers.LACDUONG).with(leader())).andExpect(status().isForbidden());

        assertThat(tasks.createTaskQuery().taskId(check.getId()).singleResult().getAssignee()).isNull();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TASK_REASSIGNED' and target_id = ?")
                .param(check.getId()).query(Long.class).single()).isZero();
    }

    private ResultActions assign(String taskId, String userId,
                                 org.springframework.test.web.servlet.request.RequestPostProcessor as) throws Exception {
        return mvc.perform(post("/api/v1/tasks/{id}/assignee", taskId).with(as).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("userId", userId))));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor leader() {
        return httpBasic(Officers.XUANHUONG_LEADER, Officers.PASSWORD);
    }

    private void ensureSecondReceiver() {
        if (identity.createUserQuery().userId(SECOND_RECEIVER).count() == 0) {
            org.camunda.bpm.engine.identity.User user = identity.newUser(SECOND_RECEIVER);
            user.setPassword(Officers.PASSWORD);
            identity.saveUser(user);
            identity.createMembership(SECOND_RECEIVER, Officers.XUANHUONG + ":receiver");
        }
    }

    private String submit(String unit) throws Exception {
        String body = mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Dossiers.birthRegistration(unit, "ONLINE"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("code").asText();
    }
}
