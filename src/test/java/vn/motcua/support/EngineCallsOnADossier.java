package vn.motcua.support;

import java.util.List;

/**
 * Every engine REST call left after the allow-list that reads or changes one dossier's data (its tasks, its process
 * instances, their variables, jobs, incidents and history), with the id it names as {@code %s}: the calls the access
 * matrix ({@code AccessMatrixOnPostgresTest}) sends as an officer of another unit, once with that unit's id and once
 * with an id that does not exist, and whose answers must be the same. {@code EngineRestAllowListTest} checks that each
 * allow-listed call on a dossier's data is here, so a new entry on the list cannot skip the matrix.
 */
public final class EngineCallsOnADossier {

    /** One call: method, path below {@code /engine-rest} (with a query), and a JSON body or null; {@code %s} is the id. */
    public record Call(String method, String path, String body) {
        public Call(String method, String path) {
            this(method, path, null);
        }

        public String path(String id) {
            return path.formatted(id);
        }

        public String body(String id) {
            return body == null ? null : body.formatted(id);
        }

        /** The path without its query, as the allow-list sees it. */
        public String bare(String id) {
            String path = path(id);
            return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        }
    }

    private static final String TASK_BODY = "{\"userId\":\"someone\",\"variables\":{}}";

    /** Naming a task. */
    public static final List<Call> TASK = List.of(
            new Call("GET", "/task/%s"), new Call("GET", "/task/%s/variables"),
            new Call("GET", "/task/%s/variables/receiveDecision"), new Call("GET", "/task/%s/variables/receiveDecision/data"),
            new Call("GET", "/task/%s/form-variables"), new Call("GET", "/task/%s/deployed-form"),
            new Call("GET", "/task/%s/rendered-form"), new Call("GET", "/task/%s/form"),
            new Call("GET", "/task/%s/identity-links"), new Call("GET", "/task/%s/comment"),
            new Call("POST", "/task/%s/comment/create", TASK_BODY), new Call("POST", "/task/%s/claim", TASK_BODY),
            new Call("POST", "/task/%s/unclaim", TASK_BODY), new Call("POST", "/task/%s/complete", TASK_BODY),
            new Call("POST", "/task/%s/submit-form", TASK_BODY), new Call("POST", "/task/%s/assignee", TASK_BODY),
            new Call("POST", "/task/%s/delegate", TASK_BODY), new Call("POST", "/task/%s/resolve", TASK_BODY),
            new Call("POST", "/task/%s/identity-links", "{\"groupId\":\"x\",\"type\":\"candidate\"}"),
            new Call("POST", "/task/%s/identity-links/delete", "{\"groupId\":\"x\",\"type\":\"candidate\"}"),
            new Call("PUT", "/task/%s", "{\"name\":\"x\"}"),
            new Call("GET", "/task?taskId=%s"), new Call("GET", "/task/count?taskId=%s"),
            new Call("POST", "/task", "{\"taskId\":\"%s\"}"), new Call("POST", "/task/count", "{\"taskId\":\"%s\"}"),
            new Call("GET", "/variable-instance?taskIdIn=%s"),
            new Call("GET", "/history/task?taskId=%s"), new Call("GET", "/history/task/count?taskId=%s"),
            new Call("POST", "/history/task", "{\"taskId\":\"%s\"}"),
            new Call("POST", "/history/task/count", "{\"taskId\":\"%s\"}"),
            new Call("GET", "/history/user-operation?taskId=%s"), new Call("GET", "/history/user-operation/count?taskId=%s"));

    /** Naming a dossier's process instance. */
    public static final List<Call> PROCESS = List.of(
            new Call("GET", "/process-instance/%s"), new Call("GET", "/process-instance/%s/variables"),
            new Call("GET", "/process-instance/%s/variables/receiveDecision"),
            new Call("GET", "/process-instance/%s/variables/receiveDecision/data"),
            new Call("GET", "/process-instance/%s/activity-instances"), new Call("DELETE", "/process-instance/%s"),
            new Call("PUT", "/process-instance/%s/suspended", "{\"suspended\":true}"),
            new Call("GET", "/process-instance?processInstanceIds=%s"),
            new Call("GET", "/process-instance/count?processInstanceIds=%s"),
            new Call("POST", "/process-instance", "{\"processInstanceIds\":[\"%s\"]}"),
            new Call("POST", "/process-instance/count", "{\"processInstanceIds\":[\"%s\"]}"),
            new Call("GET", "/task?processInstanceId=%s"),
            new Call("GET", "/variable-instance?processInstanceIdIn=%s"),
            new Call("GET", "/variable-instance/count?processInstanceIdIn=%s"),
            new Call("POST", "/variable-instance", "{\"processInstanceIdIn\":[\"%s\"]}"),
            new Call("POST", "/variable-instance/count", "{\"processInstanceIdIn\":[\"%s\"]}"),
            new Call("GET", "/incident?processInstanceId=%s"), new Call("GET", "/incident/count?processInstanceId=%s"),
            new Call("GET", "/job?processInstanceId=%s"), new Call("GET", "/job/count?processInstanceId=%s"),
            new Call("POST", "/job", "{\"processInstanceId\":\"%s\"}"),
            new Call("GET", "/history/process-instance/%s"),
            new Call("GET", "/history/process-instance?processInstanceId=%s"),
            new Call("GET", "/history/process-instance/count?processInstanceId=%s"),
            new Call("POST", "/history/process-instance", "{\"processInstanceId\":\"%s\"}"),
            new Call("POST", "/history/process-instance/count", "{\"processInstanceId\":\"%s\"}"),
            new Call("GET", "/history/activity-instance?processInstanceId=%s"),
            new Call("GET", "/history/activity-instance/count?processInstanceId=%s"),
            new Call("POST", "/history/activity-instance", "{\"processInstanceId\":\"%s\"}"),
            new Call("GET", "/history/variable-instance?processInstanceId=%s"),
            new Call("GET", "/history/variable-instance/count?processInstanceId=%s"),
            new Call("POST", "/history/variable-instance", "{\"processInstanceId\":\"%s\"}"),
            new Call("GET", "/history/task?processInstanceId=%s"),
            new Call("GET", "/history/incident?processInstanceId=%s"),
            new Call("GET", "/history/incident/count?processInstanceId=%s"),
            new Call("GET", "/history/decision-instance?processInstanceId=%s"),
            new Call("GET", "/history/decision-instance/count?processInstanceId=%s"),
            new Call("GET", "/history/user-operation?processInstanceId=%s"));

    /** Naming a dossier by its code (the process instances' business key). */
    public static final List<Call> BUSINESS_KEY = List.of(
            new Call("GET", "/task?processInstanceBusinessKey=%s"),
            new Call("GET", "/task/count?processInstanceBusinessKey=%s"),
            new Call("GET", "/process-instance?businessKey=%s"),
            new Call("GET", "/process-instance/count?businessKey=%s"),
            new Call("POST", "/process-instance", "{\"businessKey\":\"%s\"}"),
            new Call("GET", "/history/process-instance?processInstanceBusinessKey=%s"),
            new Call("POST", "/history/process-instance", "{\"processInstanceBusinessKey\":\"%s\"}"),
            new Call("GET", "/history/task?processInstanceBusinessKey=%s"));

    /** Naming one of a dossier's variables. */
    public static final List<Call> VARIABLE = List.of(new Call("GET", "/variable-instance/%s/data"));

    /** Naming one of a dossier's jobs (its deadline timers and asynchronous steps). */
    public static final List<Call> JOB = List.of(new Call("PUT", "/job/%s/retries", "{\"retries\":1}"));

    /** Off the allow-list, whatever they name: the answer of an unknown path. */
    public static final List<Call> OFF_THE_LIST = List.of(
            new Call("GET", "/external-task?processInstanceId=%s"), new Call("GET", "/execution?processInstanceId=%s"),
            new Call("GET", "/history/detail?processInstanceId=%s"),
            new Call("POST", "/process-instance/%s/modification", "{\"instructions\":[]}"),
            new Call("POST", "/process-instance/%s/variables", "{\"modifications\":{}}"));

    /** Every call on a dossier's data, for the completeness check. */
    public static List<Call> all() {
        return java.util.stream.Stream.of(TASK, PROCESS, BUSINESS_KEY, VARIABLE, JOB).flatMap(List::stream).toList();
    }

    private EngineCallsOnADossier() {
    }
}
