package vn.motcua.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine's check of an inserted entity's id, made without writing the entity out, refusing what the engine refuses
 * with the engine's own message.
 */
@SpringBootTest
@ActiveProfiles("test")
class EntityIdCheckTest {

    @Autowired ProcessEngine engine;

    @Test
    void anEntityWithAGoodIdIsNotWrittenOut() {
        EntityIdCheck.Manager manager = new EntityIdCheck.Manager(null, null);

        assertThatCode(() -> manager.validateId(new NotToBeWrittenOut("8d0f6a7e-0b1c-11f0-9c5e-0242ac120002")))
                .as("toString of an entity whose id is fine: the engine's check called it for every insert")
                .doesNotThrowAnyException();
    }

    @Test
    void whatTheEngineRefusesIsRefusedWithTheEnginesMessage() {
        EntityIdCheck.Manager manager = new EntityIdCheck.Manager(null, null);

        assertThatThrownBy(() -> manager.validateId(new PropertyEntity("*", "x")))
                .isExactlyInstanceOf(ProcessEngineException.class)
                .hasMessage("Entity PropertyEntity[name=*, revision=0, value=x] has an invalid id: id cannot be *. * is a reserved identifier.");
        assertThatThrownBy(() -> manager.validateId(new PropertyEntity(null, "x")))
                .isExactlyInstanceOf(ProcessEngineException.class)
                .hasMessage("Entity PropertyEntity[name=null, revision=0, value=x] has an invalid id: id is null");
    }

    @Test
    void theRunningEngineInsertsThroughItAndStillRefusesAReservedId() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Object manager = configuration.getCommandExecutorTxRequired().execute((Command<Object>) context -> context.getDbEntityManager());
        assertThat(manager).isInstanceOf(EntityIdCheck.Manager.class);

        assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute((Command<Void>) context -> {
            context.getDbEntityManager().insert(new PropertyEntity("*", "entity-id-check"));
            return null;
        })).hasMessageContaining("has an invalid id: id cannot be *");
        assertThat(engine.getManagementService().getProperties()).doesNotContainKey("*");
    }

    /** An entity that fails the test if anything writes it out. */
    private record NotToBeWrittenOut(String id) implements DbEntity {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public void setId(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getPersistentState() {
            return id;
        }

        @Override
        public String toString() {
            throw new AssertionError("the entity was written out for its id check");
        }
    }
}
