package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Gives this node a readable name ({@code motcua.node-name}, env MOTCUA_NODE_NAME) when several nodes share one
 * database (README "Two nodes on one database"): the job executor locks jobs under it ({@code ACT_RU_JOB.LOCK_OWNER_})
 * and the engine writes it into the job log ({@code ACT_HI_JOB_LOG.HOSTNAME_}), so an operator sees which node holds
 * or ran a timer. Without it the lock owner is a random UUID and every node on one host logs the same host name.
 * The default, host name and process id, is unique on one host; give each node its own name if two hosts share one.
 */
@Component
public class NodeName extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(NodeName.class);
    /** LOCK_OWNER_ and HOSTNAME_ are varchar(255). */
    static final int MAX_LENGTH = 255;

    private final String name;

    NodeName(@Value("${motcua.node-name:}") String configured) {
        this.name = configured == null || configured.isBlank() ? defaultName() : configured.trim();
        if (name.length() > MAX_LENGTH) {
            throw new IllegalStateException("motcua.node-name is longer than " + MAX_LENGTH + " characters: " + name);
        }
    }

    String name() {
        return name;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHostname(name);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor jobExecutor = configuration.getJobExecutor();
        if (jobExecutor != null) {
            jobExecutor.setLockOwner(name);
        }
        log.info("Node name {}: job locks and job log entries carry it", name);
    }

    static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "motcua";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
