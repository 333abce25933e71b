package org.citiverse.connector.artemis;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import java.util.Map;
import javax.transaction.xa.XAResource;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;
import org.apache.activemq.artemis.service.extensions.xa.recovery.ActiveMQXAResourceWrapper;
import org.apache.activemq.artemis.service.extensions.xa.recovery.XARecoveryConfig;

/**
 * Artemis' resource adapter, answering the transaction manager's recovery call. The stock adapter
 * returns no XA resource there, so after a crash the broker's prepared transactions (reports taken
 * from the ingress queue whose database work was prepared too) stayed in doubt, their messages locked
 * for good. Here the transaction manager gets a resource that reaches the broker and can commit or
 * roll them back at restart: every report is applied exactly once.
 */
public class RecoveringArtemisResourceAdapter extends ActiveMQResourceAdapter {

    private static final long serialVersionUID = 1L;

    private transient ActiveMQXAResourceWrapper recovery;

    @Override
    public synchronized XAResource[] getXAResources(ActivationSpec[] specs) throws ResourceException {
        if (recovery == null) {
            XARecoveryConfig config = XARecoveryConfig.newConfig(getDefaultActiveMQConnectionFactory(),
                    getUserName(), getPassword(), Map.of());
            recovery = new ActiveMQXAResourceWrapper(config);
        }
        return new XAResource[] {recovery};
    }

    @Override
    public synchronized void stop() {
        if (recovery != null) {
            recovery.close();
            recovery = null;
        }
        super.stop();
    }

}
