package vn.motcua.workflow.internal;


import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeNameTest {

    @Test
    void theJobExecutorLocksJobsAndTheJobLogRecordsRunsUnderTheNodesName() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJobExecutor(new DefaultJobExecutor());
        NodeName node = new NodeName("node-a");

        node.preInit(configuration);
        node.postInit(configuration);

        assertThat(configuration.getHostname()).isEqualTo("node-a");
        assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo("node-a");
    }

    @Test
    void withoutANameTwoNodesOnOneHostStillDifferByProcessId() {
        assertThat(new NodeName(" ").name()).isEqualTo(NodeName.defaultName())
                .endsWith("-" + ProcessHandle.current().pid());
    }

    @Test
    void aNameLongerThanTheEnginesColumnsIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new NodeName("n".repeat(NodeName.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("motcua.node-name");
    }
}
