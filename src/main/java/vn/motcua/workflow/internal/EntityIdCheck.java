package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's check of every entity it inserts, without writing the entity out first. Camunda's
 * {@code DbEntityManager.validateId} builds its error message, {@code "Entity " + entity + " has an invalid id"}, before
 * it looks at the id, so every row the engine inserts (each variable, history event, task, grant) is turned into a
 * string that is thrown away: 5.7 % of the CPU samples of a bare process start and 7.6 % of an HTTP submission's start
 * (BENCHMARKS.md "Submission: five costs taken out"). Here the id is looked at first, and
 * only an id the engine would refuse (none, or the reserved {@code *}) goes through the engine's own check, which
 * builds the same message and throws the same exception.
 *
 * <p>The engine's entity manager is replaced through its extension point for sessions ({@code
 * customSessionFactories}, registered after the engine's own), as {@link CandidateGroupTaskAccess} replaces its
 * authorization manager.
 */
@Component
class EntityIdCheck extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return DbEntityManager.class;
            }

            @Override
            public Session openSession() {
                // as the engine's DbEntityManagerFactory; its id generator is made after the plug-ins' preInit
                return new Manager(configuration.getIdGenerator(),
                        Context.getCommandContext().getSession(PersistenceSession.class));
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's entity manager, checking an inserted entity's id before any message is built. */
    static final class Manager extends DbEntityManager {

        Manager(org.camunda.bpm.engine.impl.cfg.IdGenerator idGenerator, PersistenceSession persistenceSession) {
            super(idGenerator, persistenceSession);
        }

        @Override
        protected void validateId(DbEntity entity) {
            if (refused(entity.getId())) {
                super.validateId(entity);
            }
        }

        /** What the engine's {@code EnsureUtil.ensureValidIndividualResourceId} refuses: no id, or {@code *}. */
        static boolean refused(String id) {
            return id == null || "*".equals(id);
        }
    }
}
