package no.kommune.housingfirst.visitlog.web;

import java.time.Clock;
import java.time.LocalDate;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.visitlog.IsoWeek;
import no.kommune.housingfirst.visitlog.MyWeek;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Min uke": this week's follow-up for the caseworker, with a switch to last and next
 * week.
 */
@Controller
class MyWeekController {

	private final MyWeek myWeek;

	private final Clock clock;

	MyWeekController(MyWeek myWeek, Clock clock) {
		this.myWeek = myWeek;
		this.clock = clock;
	}

	@GetMapping("/my-week")
	String show(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "week", required = false) String week,
			Model model) {
		IsoWeek current = IsoWeek.of(LocalDate.now(this.clock));
		IsoWeek shown = IsoWeek.parse(week);
		if (shown == null || Math.abs(shown.weeksUntil(current)) > 520) {
			shown = current;
		}
		model.addAttribute("week", shown);
		model.addAttribute("current", shown.equals(current));
		LocalDate today = LocalDate.now(this.clock);
		// Visits can be logged for this week and past ones; a past week suggests its
		// Sunday.
		model.addAttribute("loggable", !shown.monday().isAfter(today));
		model.addAttribute("suggestedDate", shown.sunday().isBefore(today) ? shown.sunday() : today);
		MyWeek.Page page = this.myWeek.page(user, shown);
		model.addAttribute("rows", page.rows());
		model.addAttribute("notices", page);
		return "visitlog/my-week";
	}

}
