package vn.motcua.workflow.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.problem.NotFoundException;
import vn.motcua.security.Officer;
import vn.motcua.support.ControllerSlice;
import vn.motcua.support.Officers;
import vn.motcua.support.SliceOfficers;

import java.time.LocalDateTime;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.Problems.notFound;
import static vn.motcua.support.Problems.required;
import static vn.motcua.support.SliceOfficers.as;

/** The leaders' task API; who may take a task, on the engine, is in {@code TaskReassignmentApiTest}. */
@ControllerSlice(TaskController.class)
class TaskControllerTest {

    private static final Officer LEADER = SliceOfficers.XUANHUONG_LEADER;
    private static final TaskAssignment.TaskView REVIEW = new TaskAssignment.TaskView("task-1", "Thẩm định hồ sơ",
            "Task_ReviewDossier", "H36.24781-261127-0001", Officers.XUANHUONG_SPECIALIST, null,
            List.of("H36.24781:specialist"), LocalDateTime.of(2026, 11, 27, 9, 25), LocalDateTime.of(2026, 12, 2, 17, 0));

    @Autowired MockMvc mvc;
    @MockitoBean TaskAssignment assignment;

    @Test
    void aLeaderListsTheTasksOfTheirUnitAsTheApiShowsThem() throws Exception {
        given(assignment.ofUnit(LEADER, Officers.XUANHUONG)).willReturn(List.of(REVIEW));

        mvc.perform(get("/api/v1/tasks").param("unit", Officers.XUANHUONG).with(as(LEADER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("task-1"))
                .andExpect(jsonPath("$[0].taskDefinitionKey").value("Task_ReviewDossier"))
                .andExpect(jsonPath("$[0].dossierCode").value("H36.24781-261127-0001"))
                .andExpect(jsonPath("$[0].owner").doesNotExist());
    }

    @Test
    void aLeaderHandsATaskToAnotherOfficerNamedWithoutBlanks() throws Exception {
        given(assignment.reassign(LEADER, "task-1", Officers.XUANHUONG_SPECIALIST)).willReturn(REVIEW);

        leader("/api/v1/tasks/task-1/assignee", "{\"userId\": \" " + Officers.XUANHUONG_SPECIALIST + " \"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value(Officers.XUANHUONG_SPECIALIST));
    }

    @Test
    void aLeaderDelegatesATask() throws Exception {
        given(assignment.delegate(LEADER, "task-1", Officers.XUANHUONG_SPECIALIST)).willReturn(REVIEW);

        leader("/api/v1/tasks/task-1/delegation", "{\"userId\": \"" + Officers.XUANHUONG_SPECIALIST + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("task-1"));
    }

    @Test
    void aReassignmentWithoutAnOfficerIsABadRequestNamingUserId() throws Exception {
        leader("/api/v1/tasks/task-1/assignee", "{\"userId\": \"\"}")
                .andExpect(required("userId"));
        verifyNoInteractions(assignment);
    }

    @Test
    void aTaskOfAnotherUnitIsNotFound() throws Exception {
        given(assignment.reassign(any(), anyString(), anyString())).willThrow(new NotFoundException("task", "task-9",
                "Không có công việc task-9 của đơn vị", "No task task-9 in your unit"));

        leader("/api/v1/tasks/task-9/assignee", "{\"userId\": \"" + Officers.XUANHUONG_SPECIALIST + "\"}")
                .andExpect(notFound("Không có công việc task-9 của đơn vị / No task task-9 in your unit"));
    }

    @Test
    void onlyLeadersWorkWithTheTaskApi() throws Exception {
        mvc.perform(get("/api/v1/tasks").param("unit", Officers.XUANHUONG)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/tasks").param("unit", Officers.XUANHUONG).with(as(SliceOfficers.XUANHUONG_SPECIALIST)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tasks/task-1/assignee").with(as(SliceOfficers.XUANHUONG_RECEIVER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"userId\": \"x\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(assignment);
    }

    private ResultActions leader(String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(LEADER)).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
