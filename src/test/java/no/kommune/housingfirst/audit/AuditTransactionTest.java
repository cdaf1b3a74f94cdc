package no.kommune.housingfirst.audit;

import java.util.Set;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A change and its audit row commit together: the audit refuses to write on its own. */
@IntegrationTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditTransactionTest {

	@Autowired
	AuditLog auditLog;

	@Test
	void readsAndChangesAreOnlyAuditedInsideTheTransactionThatMakesThem() {
		CurrentUser kari = new CurrentUser(1, "kari", "Kari", null, true, false, Set.of(Role.CASEWORKER), Set.of(1L),
				Set.of(), Set.of());
		assertThatThrownBy(() -> this.auditLog.changed(kari, 1L, 1L, RecordType.PARTICIPANT, 1L, AuditAction.UPDATE))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThatThrownBy(() -> this.auditLog.read(kari, 1L, 1L, RecordType.PARTICIPANT, 1L))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

}
