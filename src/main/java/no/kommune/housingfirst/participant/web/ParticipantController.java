package no.kommune.housingfirst.participant.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.participant.CurrentStay;
import no.kommune.housingfirst.participant.GuardianNeed;
import no.kommune.housingfirst.participant.Inclusion;
import no.kommune.housingfirst.participant.NoticeRows;
import no.kommune.housingfirst.participant.NoticeStatement;
import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.participant.ParticipantDetails;
import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.participant.ParticipantNotice;
import no.kommune.housingfirst.participant.ParticipantNotices;
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantRuleException;
import no.kommune.housingfirst.participant.ParticipantSearch;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.participant.ParticipantStatus;
import no.kommune.housingfirst.participant.ParticipantView;
import no.kommune.housingfirst.participant.ParticipantsToReassign;
import no.kommune.housingfirst.participant.StaleParticipantException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.staff.TeamSummary;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Caseload lists, inclusion, the participant page and editing the case content. */
@Controller
@RequestMapping("/participants")
class ParticipantController {

	private final ParticipantDirectory directory;

	private final ParticipantService participants;

	private final Organisation organisation;

	private final StaffDirectory staff;

	private final ParticipantsToReassign toReassign;

	private final List<ParticipantNotices> noticeProviders;

	private final NoticeStatement noticeStatement;

	private final Clock clock;

	ParticipantController(ParticipantDirectory directory, ParticipantService participants, Organisation organisation,
			StaffDirectory staff, ParticipantsToReassign toReassign, List<ParticipantNotices> noticeProviders,
			NoticeStatement noticeStatement, Clock clock) {
		this.noticeProviders = noticeProviders;
		this.noticeStatement = noticeStatement;
		this.directory = directory;
		this.participants = participants;
		this.organisation = organisation;
		this.staff = staff;
		this.toReassign = toReassign;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "caseworker", required = false) String caseworker,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "dir", required = false) String direction,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		String q = (query == null) ? "" : query.strip();
		q = (q.length() > 100) ? q.substring(0, 100) : q;
		ParticipantSearch search = new ParticipantSearch(q, parse(ParticipantStatus.class, status), number(team),
				number(caseworker), parse(ParticipantSearch.Sort.class, sort), "desc".equals(direction),
				FormInput.page(page, 10_000));
		Set<Long> visible = ParticipantAccess.visibleTeams(user);
		model.addAttribute("rows", this.directory.page(user, search));
		model.addAttribute("search", search);
		model.addAttribute("teams", teams(visible));
		model.addAttribute("caseworkers", this.staff.caseworkersIn(visible));
		model.addAttribute("statuses", ParticipantStatus.values());
		model.addAttribute("sorts", ParticipantSearch.Sort.values());
		model.addAttribute("leader", user.hasRole(Role.SECTION_LEADER));
		model.addAttribute("toReassign", this.toReassign.count(user));
		return "participant/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		java.util.Optional<Long> team = user.teamIds().stream().sorted().findFirst();
		if (team.isEmpty()) {
			redirect.addFlashAttribute("problem", "participant.noTeam");
			return "redirect:/participants";
		}
		model.addAttribute("form", ParticipantForm.empty(team.get(), user.id(), today()));
		return formView(user, model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ParticipantForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Inclusion inclusion = form.inclusion(result, today());
		if (inclusion != null) {
			// Sent twice (a double click, a retry after a timeout): show what the first
			// one saved.
			java.util.Optional<Long> earlier = this.participants.findBySubmission(user, inclusion.submissionKey());
			if (earlier.isPresent()) {
				return "redirect:/participants/" + earlier.get();
			}
		}
		if (inclusion != null && !form.duplicateConfirmed()) {
			List<ParticipantRef> duplicates = this.participants.possibleDuplicates(user, inclusion.details().fullName(),
					inclusion.details().birthDate());
			if (!duplicates.isEmpty()) {
				model.addAttribute("duplicates", duplicates);
				return formView(user, model);
			}
		}
		if (inclusion != null) {
			try {
				long id = this.participants.include(user, inclusion);
				redirect.addFlashAttribute("message", "participant.included");
				return "redirect:/participants/" + id;
			}
			catch (ParticipantRuleException ex) {
				if (ex.field() != null) {
					FormInput.reject(result, ex);
				}
				else {
					// Team rules without a field of their own belong with the team
					// choice.
					result.rejectValue("primaryCaseworkerId", ex.messageKey());
				}
			}
			catch (DataIntegrityViolationException ex) {
				// Two submissions of the same form raced each other; the other one saved
				// it. A key someone else's form already used (one this user cannot see)
				// is not an error page either: the same input again, under a new key.
				java.util.Optional<Long> saved = this.participants.findBySubmission(user, inclusion.submissionKey());
				if (saved.isPresent()) {
					return "redirect:/participants/" + saved.get();
				}
				ParticipantForm again = form.withKey(java.util.UUID.randomUUID().toString());
				model.addAttribute("form", again);
				BindingResult fresh = new BeanPropertyBindingResult(again, "form");
				fresh.reject("participant.form.submissionUsed");
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
			}
		}
		return formView(user, model);
	}

	@GetMapping("/{id:\\d+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ParticipantView view = this.participants.view(user, id);
		// Asked only now, after the view found the participant visible: the page is for
		// caseworkers and section leaders of the team, and notices may carry health data.
		// Every provider's queries in one statement.
		LocalDate today = today();
		NoticeRows rows = this.noticeStatement.fetch(
				this.noticeProviders.stream().flatMap((provider) -> provider.queriesFor(id, today).stream()).toList());
		List<ParticipantNotice> notices = new java.util.ArrayList<>();
		this.noticeProviders.forEach((provider) -> notices.addAll(provider.noticesFor(id, today, rows)));
		model.addAttribute("notices", notices);
		model.addAttribute("participant", view);
		model.addAttribute("header", view.header());
		model.addAttribute("mayWrite", ParticipantAccess.mayWriteCaseContent(user, view.header().teamId()));
		model.addAttribute("mayReassign", ParticipantAccess.mayReassign(user, view.header().teamId()));
		model.addAttribute("mayRestrict", ParticipantAccess.mayRestrict(user, view.header().teamId()));
		model.addAttribute("mayLiftRestriction", ParticipantAccess.mayLiftRestriction(user, view.header().teamId()));
		return "participant/detail";
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ParticipantView view = this.participants.forEdit(user, id);
		model.addAttribute("form", ParticipantForm.from(view.details(), view.version()));
		model.addAttribute("header", view.header());
		return options(model);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") ParticipantForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ParticipantDetails details = form.details(result, today());
		if (details != null) {
			try {
				this.participants.update(user, id, form.versionOrZero(), details);
				redirect.addFlashAttribute("message", "participant.saved");
				return "redirect:/participants/" + id;
			}
			catch (StaleParticipantException | ObjectOptimisticLockingFailureException ex) {
				ParticipantView current = this.participants.forEdit(user, id);
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("form", form.withVersion(current.version()));
				model.addAttribute("conflict", current.details());
			}
		}
		model.addAttribute("header", this.participants.forEdit(user, id).header());
		return options(model);
	}

	private String formView(CurrentUser user, Model model) {
		model.addAttribute("teams", teams(user.teamIds()));
		model.addAttribute("caseworkers", this.staff.caseworkersIn(user.teamIds()));
		return options(model);
	}

	private static String options(Model model) {
		model.addAttribute("stays", CurrentStay.values());
		model.addAttribute("guardianNeeds", GuardianNeed.values());
		return "participant/form";
	}

	private List<TeamSummary> teams(Set<Long> ids) {
		return this.organisation.teams(ids);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static Long number(String value) {
		try {
			return (value == null || value.isBlank()) ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
