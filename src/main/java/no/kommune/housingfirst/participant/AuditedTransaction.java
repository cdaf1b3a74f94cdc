package no.kommune.housingfirst.participant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * A transaction on a service that reads or changes participants' records: a refused
 * access (not found, or not allowed) does not roll it back, so the audit row that records
 * the refusal is kept (ADR 0005). Use it instead of copying the {@code noRollbackFor}
 * list.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(noRollbackFor = { ParticipantNotFoundException.class, AccessDeniedException.class })
public @interface AuditedTransaction {

	@AliasFor(annotation = Transactional.class, attribute = "readOnly")
	boolean readOnly() default false;

}
