package vn.motcua.workflow.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.security.CurrentOfficer;

import java.util.List;

/**
 * Leaders (role LEADER, see SecurityConfig) see the tasks of their unit and hand them to another officer of the
 * unit who holds the task's role. Anything else: 403, or 404 for a task of another unit.
 */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    private final TaskAssignment assignment;

    TaskController(TaskAssignment assignment) {
        this.assignment = assignment;
    }

    @GetMapping
    List<TaskAssignment.TaskView> ofUnit(@RequestParam String unit) {
        return assignment.ofUnit(CurrentOfficer.require(), unit);
    }

    @PostMapping("/{taskId}/assignee")
    TaskAssignment.TaskView reassign(@PathVariable String taskId, @Valid @RequestBody AssigneeRequest request) {
        return assignment.reassign(CurrentOfficer.require(), taskId, request.userId().trim());
    }

    @PostMapping("/{taskId}/delegation")
    TaskAssignment.TaskView delegate(@PathVariable String taskId, @Valid @RequestBody AssigneeRequest request) {
        return assignment.delegate(CurrentOfficer.require(), taskId, request.userId().trim());
    }

    record AssigneeRequest(@NotBlank @Size(max = 64) String userId) {
    }
}
