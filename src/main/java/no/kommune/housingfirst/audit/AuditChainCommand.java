package no.kommune.housingfirst.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command that checks the audit trail (see the README): started with
 * {@code --housingfirst.audit.verify-chain=true}, it verifies the chain, logs the outcome
 * and the head hash, and ends the application with exit code 0 when the chain holds, 1
 * when it is broken.
 */
@Component
@ConditionalOnProperty(name = "housingfirst.audit.verify-chain", havingValue = "true")
class AuditChainCommand implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger("housingfirst.audit");

	private final AuditChain chain;

	private final ConfigurableApplicationContext context;

	private final boolean exitWhenDone;

	private int exitCode;

	AuditChainCommand(AuditChain chain, ConfigurableApplicationContext context,
			@Value("${housingfirst.audit.verify-chain-exit:true}") boolean exitWhenDone) {
		this.chain = chain;
		this.context = context;
		this.exitWhenDone = exitWhenDone;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditChain.Verification result = this.chain.verify();
		if (result.intact()) {
			log.info("audit chain intact rows={} head={}", result.rows(), result.headHash());
		}
		else {
			log.error("audit chain BROKEN at id={} rows={}: {}", result.brokenAt(), result.rows(), result.problem());
		}
		this.exitCode = result.intact() ? 0 : 1;
		if (this.exitWhenDone) {
			System.exit(SpringApplication.exit(this.context));
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
