package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitRole;
import vn.motcua.security.Officer;
import vn.motcua.problem.NotFoundException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A leader sees the tasks of their unit and may hand one to another officer of the same unit who holds the role
 * the task asks for (its candidate group): reassign (the new officer does it) or delegate (the new officer does it
 * and hands it back). Officers cannot do this themselves through Tasklist or the engine's REST API (they have
 * TASK_WORK, not TASK_ASSIGN), so every hand-over goes through here and is audited.
 */
@Service
class TaskAssignment {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final ZoneId zone;
    private final CandidateGroups candidateGroups;
    private final UnitTasks unitTasks;

    TaskAssignment(TaskService tasks, RuntimeService runtime, IdentityService identity, AuditTrail audit, Clock clock,
                   CandidateGroups candidateGroups, UnitTasks unitTasks) {
        this.tasks = tasks;
        this.unitTasks = unitTasks;
        this.candidateGroups = candidateGroups;
        this.runtime = runtime;
        this.identity = identity;
        this.audit = audit;
        this.zone = clock.getZone();
    }

    /**
     * The open tasks of a unit (any of its role groups is a candidate), oldest first, up to {@value #UNIT_LIST_LIMIT}:
     * one SQL query for the tasks with their dossier codes and one for their candidate groups ({@link UnitTasks}),
     * instead of the engine's task query (a distinct over every column of the unit's tasks) plus a process-instance
     * query for the codes (BENCHMARKS.md "Task lists at province scale").
     */
    @Transactional(readOnly = true)
    public List<TaskView> ofUnit(Officer leader, String unitCode) {
        if (!leader.has(unitCode, Role.LEADER)) {
            throw new AccessDeniedException("Only a leader of " + unitCode + " lists its tasks");
        }
        List<String> groups = Set.of(Role.values()).stream().filter(Role::unitScoped)
                .map(r -> new UnitRole(unitCode, r).groupId()).sorted().toList();
        List<UnitTasks.Row> found = unitTasks.oldest(groups, UNIT_LIST_LIMIT);
        Map<String, Set<UnitRole>> candidates = candidateGroups.of(found.stream().map(UnitTasks.Row::id).toList());
        Function<java.time.Instant, LocalDateTime> local = i -> i == null ? null : LocalDateTime.ofInstant(i, zone);
        return found.stream().map(t -> new TaskView(t.id(), t.name(), t.taskDefinitionKey(), t.dossierCode(),
                t.assignee(), t.owner(), candidates.getOrDefault(t.id(), Set.of()).stream().map(UnitRole::groupId).sorted()
                .toList(), local.apply(t.createdAt()), local.apply(t.dueAt()))).toList();
    }

    static final int UNIT_LIST_LIMIT = 500;

    /** The leader gives the task to {@code userId} (claim on their behalf). */
    @Transactional
    public TaskView reassign(Officer leader, String taskId, String userId) {
        Checked checked = check(leader, taskId, userId);
        tasks.setAssignee(taskId, userId);
        audit.record(leader.userId(), "TASK_REASSIGNED", "TASK", taskId, checked.role().unitCode(),
                (checked.task().getAssignee() == null ? "–" : checked.task().getAssignee()) + " → " + userId + "; "
                        + checked.task().getTaskDefinitionKey());
        return reload(taskId);
    }

    /** The leader delegates the task to {@code userId}, who resolves it back to its current assignee. */
    @Transactional
    public TaskView delegate(Officer leader, String taskId, String userId) {
        Checked checked = check(leader, taskId, userId);
        if (checked.task().getAssignee() == null) {
            tasks.setAssignee(taskId, leader.userId());
        }
        tasks.delegateTask(taskId, userId);
        audit.record(leader.userId(), "TASK_DELEGATED", "TASK", taskId, checked.role().unitCode(),
                "→ " + userId + "; " + checked.task().getTaskDefinitionKey());
        return reload(taskId);
    }

    /**
     * A task the leader's unit does not work on is unknown to them (404, like an unknown id); an officer who does
     * not hold the task's role in that unit cannot receive it (403).
     */
    private Checked check(Officer leader, String taskId, String userId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        Set<UnitRole> candidates = task == null ? Set.of() : candidates(taskId);
        UnitRole role = candidates.stream().filter(r -> leader.has(r.unitCode(), Role.LEADER)).findFirst()
                .orElseThrow(() -> new NotFoundException("task", taskId, "Không tìm thấy việc " + taskId,
                        "Task " + taskId + " not found"));
        boolean holdsRole = candidates.stream().filter(r -> r.unitCode().equals(role.unitCode()))
                .anyMatch(r -> identity.createUserQuery().userId(userId).memberOfGroup(r.groupId()).count() > 0);
        if (!holdsRole) {
            throw new AccessDeniedException(userId + " does not hold the task's role in " + role.unitCode());
        }
        return new Checked(task, role);
    }

    private Set<UnitRole> candidates(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).map(UnitRole::fromGroupId).flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
    }

    private TaskView reload(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return view(task, businessKeys(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId()), candidates(taskId));
    }

    private Map<String, String> businessKeys(Collection<String> processInstanceIds) {
        List<String> ids = processInstanceIds.stream().filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
    }

    /** Times in the province's zone, like every other time of the API. */
    private TaskView view(Task task, String dossierCode, Set<UnitRole> candidates) {
        Function<Date, LocalDateTime> local = d -> d == null ? null : LocalDateTime.ofInstant(d.toInstant(), zone);
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), dossierCode, task.getAssignee(),
                task.getOwner(), candidates.stream().map(UnitRole::groupId).sorted().toList(), local.apply(task.getCreateTime()),
                local.apply(task.getDueDate()));
    }

    private record Checked(Task task, UnitRole role) {
    }

    /** A task as the app's API shows it (never the engine's entity). */
    record TaskView(String id, String name, String taskDefinitionKey, String dossierCode, String assignee, String owner,
                    List<String> candidateGroups, LocalDateTime createdAt, LocalDateTime dueAt) {
    }
}
