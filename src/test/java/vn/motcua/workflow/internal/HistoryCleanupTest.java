package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's history has a time to live (365 days) and the cleanup that removes it is scheduled, at night. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HistoryCleanupTest {

    @Autowired HistoryService history;
    @Autowired ProcessEngine engine;

    @Test
    void expiredHistoryIsRemovedInANightlyWindow() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("20:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
        List<Job> jobs = history.findHistoryCleanupJobs();
        assertThat(jobs).as("the engine schedules the cleanup at start-up").isNotEmpty();
    }
}
