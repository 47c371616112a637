"""Event type, sub-type and actors of a Ukrainian or Russian sentence, in ACLED's vocabulary, by the
English module's rules (incidents/extract/events.py): fighting and assaults ("бої", "бои",
"штурм") are armed clashes; drones, glide bombs and aircraft ("дрон", "безпілотник", "беспилотник",
"КАБ", "авіабомба") air/drone strikes; artillery, rockets and missiles ("обстріл", "обстрел",
"ракетний удар", "РСЗВ") and strikes with no weapon named shelling; shooting civilians with no
remote weapon an attack on civilians. "Ворог", "окупанти", "росіяни" name Russian forces, "ЗСУ" /
"ВСУ" Ukrainian ones; with neither, the side that attacks a place is the other country's."""

from __future__ import annotations

import re

from ...record import BATTLES, EXPLOSIONS, STRATEGIC, VAC
from ..events import RUSSIA, UKRAINE, territory_taken

# The patterns are lower-case and read lower-cased text: ``re.I`` matching is many times slower.
_CLASH = re.compile(r"\b(бо[їяийю](?!ся)\w*|бой|бій\b|боев(?!ик)\w*|штурм\w*|зіткнен\w*|столкновен\w*|стрілецьк\w*|"
                    # "вступили в бій", "тримали оборону проти піхоти": a fight, in Ukrainian's own words
                    r"стрелков\w*|(?:трима|держа|утриму|удержива)\w*\s+оборон\w*|"
                    r"наступальн\w*|контратак\w*|прорва\w*|прорыв\w*|"
                    # "відкинули окупантів від мосту", "отбросили противника": the enemy thrown back
                    r"(?:відкину|відкида|отброси|отбрасыва)\w*\s+(?:\w+\s+)?(?:окупант|ворог|противник|росіян|"
                    r"русск|россиян|всу\b|вфу\b|украинск)\w*)")
# repelled assaults are clashes; repelled drone or missile attacks are air defence
_REPEL = re.compile(r"(?:відбил|відбит|відбива|отбил|отбит|отрази|отраж)\w*\s+(?:\d+\s+)?(?:\w+\s+)?"
                    r"(?:атак|штурм|наступ|спроб|попыт)\w*\b(?!\s+(?:\w+\s+)?(?:дрон|безпілот|беспилот|ракет|шахед|"
                    r"бпла|авіа|авиа))|"
                    # "всі атаки відбито", "штурмы отбиты"
                    r"(?<!ракетні )(?<!ракетные )(?:атак|штурм)\w*\s+(?:\w+\s+)?(?:відбит|відбил|отбит|отбил|отраж)")
# ground taken: "звільнили Роботине", "освобожден населенный пункт", "захопили село", "взяли под контроль"
# (the verbs in any case, the place after them with a capital or a settlement's kind)
_CAPTURE = re.compile(r"(?i:(?P<free>звільни(?:ли|в|ла)|звільнено|звільнення|освободил[аи]?|освобожд[её]н[оа]?|"
                      # "у неділю наші зайшли у Вовчанськ": our troops entered it, said by the side that holds it now
                      r"(?:наші|наши)\s+(?:вже\s+|уже\s+)?(?:зайшли|увійшли|вошли)\s+(?:у|в|до)|"
                      # "бійці зачистили Тернову", "завершили зачистку Кругляківки": cleared, said by the side
                      # that holds it now
                      r"зачисти(?:ли|в|ла|л)|зачищен[оа]?|завершили\s+зачистку|"
                      r"освобождени[еия])|захоплення|захват[еа]?|"  # "сообщило об освобождении населённого пункта"
                      r"захопи(?:ли|в|ла)|захоплено|захвати(?:ли|л|ла)|захвачен[оа]?|окупува(?:ли|в|ла)|"
                      r"оккупировал[аи]?|(?:взяли|взято|взят)\s+(?:під|под)\s+(?:свій\s+|свой\s+)?контроль|"
                      r"(?:встановили|установили|повернули|вернули)\s+(?:собі\s+|себе\s+)?(?:повний\s+|полный\s+)?"
                      r"контроль\s+(?:над|за))\s+"
                      r"(?!(?i:з\s|із\s|від\s|из\s|от\s))(?:\S+\s+){0,2}?(?=[А-ЯІЇЄҐ]|(?i:сел[оа]\b|селище|смт|"
                      r"міст[оа]|населен\w* пункт|посёл\w*|посел\w*|город\w*|деревн\w*))")
# a flag raised over a place, or a place "again under our flag": ground taken ("Над Марьинкой подняли российский
# флаг", "Нескучне знову під українським прапором")
# (and a place "fully ours" or the enemy "driven out" of it, said by the side that holds it now: "Нелеповка полностью
# наша", "Сили оборони вибили противника з Малої Токмачки")
_FLAG = re.compile(r"(?i:(?:підняли|поднял[иа]?|водрузил[иа]?|встановили|установили)\s+(?:\w+\s+){0,2}"
                   r"(?:прапор|флаг)\w*|знову\s+під\s+\w+\s+прапором|"
                   r"(?:полностью|повністю)\s+(?:наш[аеи]?|наше)\b|"
                   r"(?:вибили|выбили)\s+(?:противника|ворога|окупантів|окупантов|оккупантов|росіян|врага)\s+(?:з|із|из)\s)")
# the place first, then that it was taken: "доложил, что Марьинка взята", "пришла новость, что Дзержинск освободили"
# (news told after "что", "що", "and" or a comma, dash or colon, or first when told taken: "Марьинка взята"; not a
# sentence opening on who was fired or what was vacated: "Директора звільнили", "Квартиру звільнили до понеділка";
# nor who took it, nor people freed: "Росіяни звільнили з полону двох військових")
_CAPTURED_AFTER = re.compile(r"(?:(?<=что )|(?<=що )|(?<=Что )|(?<=Що )|(?<=, )|(?<=— )|(?<=: )|(?<= и )|(?<= і )|"
                             r"(?<= й )|(?<= а )|(?<= та )|"
                             r"^\W*(?=\S+(?:[\s-][А-ЯІЇЄҐ]\S+)?\s+(?i:взят[аоы]?|освобожд[её]н[аоы]?|звільнен[оаі]?|"
                             r"захоплен[оаі]?|захвачен[аоы]?)(?![\w'’-])))"
                             r"(?!(?:Росіян|Россиян|Українц|Украинц|Окупант|Оккупант|Військ|Войск|Военн|Бійц|Бойц|Сили|Силы|"
                             r"Штурмовик|Десантник|Наши|Наші)\w*\s)"
                             r"[А-ЯІЇЄҐ][а-яіїєґё'’-]+(?:[\s-][А-ЯІЇЄҐ][а-яіїєґё'’-]+)?\s+"
                             r"(?:(?i:уже|вже|наконец|нарешті|полностью|повністю)\s+)?"
                             # (the adjective's neuter too: "оголосили, що Роботине звільнене")
                             r"(?i:(?P<free>освобожд[её]н[аоы]?|освободили|звільнен[оаіе]?|звільнили)|взят[аоы]?|взяли|"
                             r"захоплен[оаіе]?|захопили|захвачен[аоы]?|захватили)(?![\w'’-])(?!\s+(?:з|із|від|из|от)\s)")
_CAPTURE_STEMS = ("звільн", "освобо", "зачист", "захоп", "захва", "окупув", "оккупир", "контрол", "прапор", "флаг",
                  "наш", "вибили", "выбили", "взят", "взял")
_UK_LETTERS = re.compile(r"[іїєґ]")  # letters Ukrainian writes and Russian does not
_AIR = re.compile(r"(дрон\w*|безпілот\w*|беспилот\w*|бпла|бплa|шахед\w*|геран[ьиіяюей]\w*|fpv|"
                  r"каб(?:ом|ами|ів|ах|и|у|а)?\b|"
                  r"авіабомб\w*|авиабомб\w*|керован\w* (?:авіа)?бомб\w*|управляем\w* (?:авиа)?бомб\w*|"
                  r"авіаці\w*|авиаци\w*|авіаудар\w*|авиаудар\w*|ланцет\w*|скину\w*|сбросил\w*|квадрокоптер\w*|"
                  r"гелікоптер\w*|вертол[её]т\w*|"
                  # drops from drones ("скид ВОГ", "сброс взрывного устройства с коптера"), glide and free-fall bombs
                  r"коптер\w*|сброс\w*|скид\w*|\bвог\b|планирующ\w* (?:авиа)?бомб\w*|фаб\b|умпк)")
_SHELL = re.compile(r"(артилер\w*|артиллер\w*|ракет\w*|рсзв|рсзо|(?<![\w-])«?град(?:ів|ов|ами|ом|и|ы)?\b|"
                    r"міномет\w*|миномет\w*|миномёт\w*|снаряд\w*|балістичн\w*|баллистическ\w*|балістик\w*|баллистик\w*|іскандер\w*|искандер\w*|"
                    r"хаймарс|himars|гаубиц\w*|"
                    # rocket launchers spelled out or by name, cluster munitions
                    r"залпов\w*|реактивн\w* систем\w*|«(?:ураган|смерч|торнадо)\w*|касетн\w*|кассетн\w*)")
# mines and explosive devices: "підірвався на міні", "подорвался на мине", "вибухонебезпечний предмет"
_IED = re.compile(r"(підірва\w*|подорва\w*|замінован\w*|заминирован\w*|\bмін(?:а|и|у|і|ою|ами|ах)\b|"
                  r"\bмин(?:а|ы|у|е|ой|ами|ах)\b|"
                  r"вибухонебезпечн\w*|взрывоопасн\w*|вибухов\w* пристр\w*|взрывн\w* устройств\w*|саморобн\w*|"
                  r"самодельн\w*|фугас\w*|розтяжк\w*|розтяжц\w*|растяжк\w*)")
_VAC = re.compile(r"(розстріля\w*|расстреля\w*|стратил\w*|казнил\w*|катува\w*|пыта\w*)")
# "через часті атаки дронів", "из-за обстрелов", "після ударів по енергосистемі": attacks, in the plural, as a cause
# (not "після атаки БПЛА в ночь на 24 марта", one attack's genitive)
# ("чтобы уехать от обстрелов", "виїхали від обстрілів": what people flee, no attack of its own)
_BECAUSE_OF_ATTACKS = re.compile(r"\b(?:через\s+(?:\w+\s+)?(?:атаки|обстріли|удари)|(?:из-за|після|после)\s+(?:\w+\s+)?"
                                 r"(?:(?:\w+\s+)?(?:і|и|та)\s+)?"  # ("після травневих злив і обстрілів")
                                 r"(?:атак|обстрілів|обстрелов|ударів|ударов)|"
                                 # insurance against them: "КАСКО від обстрілів", "страховка от обстрелов"
                                 r"(?:каско|страхуванн\w*|страховк\w*|страхован\w*|поліс\w*|полис\w*)\s+(?:\w+\s+)?"
                                 r"(?:від|от)\s+(?:атак|обстрілів|обстрелов|ударів|ударов|дронів|дронов)|"
                                 r"(?:уе[хз]\w*|вые[хз]\w*|виї[хж]\w*|поїха\w*|поеха\w*|тіка\w*|бежа\w*|сбежа\w*|"
                                 r"рятуючись|спасаясь|хова\w*|пряч\w*|прята\w*|укрива\w*)\s+(?:\w+\s+)?(?:від|от)\s+(?:\w+\s+)?"
                                 r"(?:атак|обстрілів|обстрелов|ударів|ударов|бомбардувань|бомбежек|бомбардировок))\b"
                                 r"(?:\s+(?:дронів|безпілотників|беспилотников|шахедів|ракет|бпла))?")
_ATTACK = re.compile(r"(обстріл|обстрел|удар|атак|вдари|влуч|поціл|прил[ёе]т|обстрі|штурм|"
                     # a fight told by what was repelled or thrown back ("відбили спробу закріпитися в Мощуні")
                     r"відбил|отбил|отрази|відкину|отброси|"
                     # (a word of its own: not "с собой", "обои", "бойлер")
                     # (battles, not fear: "бої", "боях", not "не бояться")
                     r"\bбо[їя](?:в|х|м|ми)?\b|\bбои\b|\bбой(?!лер|кот)|\bбій\b|"
                     r"бою\s+(?:під|біля|поблизу|за)\s|"  # "відео бою під Кремінною" (not "загинув у бою")
                     r"дрон|безпілот|беспилот|бпла|ракет|каб\b|авіабомб|авиабомб|вибух|взрыв|загин|загибл|погиб|поранен|"
                     r"(?<!х)ранен|травмов|постражд|пострада|розстріля|расстреля|скину|сбросил|гати[тлвя]|бомб|шахед|геран|збил|збит|сбил|"
                     # "«Герани» отработали по объектам", "120-мм миномёт, 6 мин"
                     r"отработал\w*\s+по\b|мином[её]т|міномет|"
                     # "по Куп'янську знову били з артилерії", "бьют по окраинам"
                     r"\b(?:били|б'ють|бьют)\s+(?:з|із|из)\s+(?:артилері|артиллери|мінометів|минометов|градів|градов|"
                     r"танків|танков|гармат|орудий)|\bпо\s+\w+\s+(?:знову\s+|опять\s+|снова\s+)?(?:били|б'ють|бьют|била|бив|бил|"
                     r"б'є|бьет|бьёт)\b|"
                     # "з артилерії били по Малих Щербаках", "«Градами» били по Малокатеринівці": fire on a place
                     # (not a pocket, a ball or a goal: "ціни б'ють по кишені")
                     # (a day's fire, not the present's habit: "б'ють по всьому, що рухається")
                     r"\b(?:били|била|бив|бил)\s+по\s+(?!кишен|карман|нерв|м'яч|мяч|ворот|"
                     r"воріт|рук|обличч|лиц)\w|"
                     r"сбит|перехоп|перехват|підірва|подорва|поражен|пораже|уражен|уразил|уразив|снаряд|попадани|"
                     r"влучанн|уламк|обломк|"
                     # "чоловік зачепив розтяжку, його поранило": a tripwire, and harm told by the impersonal verb
                     r"(?:зачепи|наступи|задел)\w* (?:на )?(?:розтяжк|растяжк)|"
                     # a drone's drop told by its noun ("У п'ятницю — ще один скид"; not "скидка", a discount)
                     r"\bскид(?:и|ів|ом|у|ами)?\b|"
                     # the defence ministry's words: "«Искандер» поразил пункт дислокации", "высокоточным оружием
                     # уничтожен склад"
                     r"поразил|пораз(?:ив|или|ила)|искандер|іскандер|калибр|калібр|кинжал|кинджал|"
                     r"високоточн\w* зброє|высокоточн\w* оружи|"
                     # fire brought down on a place ("накрили з «Градів»", "накрыли артиллерией")
                     r"(?:накри(?:ли|в|ла)|накры(?:ли|л|ла))\s+(?:\S+\s+){0,2}?(?:(?:з|із|с)\s|вогн\w*|огн\w*|удар\w*|"
                     r"артил\w*|міномет\w*|миномет\w*|ракет\w*|«))")
_UKR = re.compile(r"(\bзсу\b|\bвсу\b|\bвфу\b|україн\w* (?:військ|сил|дрон|ракет|армі)\w*|украин\w* (?:военн|сил|"
                  r"дрон|ракет|арми|беспилот|формирован|подразделен)\w*|формирования украины|киевск\w* режим\w*|"
                  r"силы обороны украины|сили оборони)")
_RUS = re.compile(r"(ворог\w*|ворож\w*|окупант\w*|оккупант\w*|росіян\w*|россиян\w*|російськ\w*|российск\w*|агресор\w*|"
                  r"рашист\w*|\bрф\b|росі[яї]|росси[яи])")
_CIVILIAN = re.compile(r"(цивільн\w*|мирн\w*|житель\w*|жител\w*|мешкан\w*|дитин\w*|діт\w*|ребен\w*|дет\w*|"
                       r"жінк\w*|женщин\w*|пенсіонер\w*|пенсионер\w*|будин\w*|багатоповерх\w*|дом\w*|школ\w*|"
                       r"лікарн\w*|больниц\w*|зупинк\w*|остановк\w*)")

# air defence: drones or missiles shot down, with no harm done, is ACLED's "Disrupted weapons use"
_SHOTDOWN = re.compile(r"(збит\w*|збил\w*|сбит\w*|сбил\w*|збива\w*|сбива\w*|знешкод\w*|перехопл\w*|перехвач\w*|"
                       r"(?:знищ|уничтож)\w* (?:\d+ )?(?:\w+ ){0,3}(?:дрон|безпілот|беспилот|ракет|бпла|шахед))")
_HARM = re.compile(r"(загин|загибл|погиб|поранен|поранил|(?<!х)ранен|ранил|травм|постражд|пострада|пошкод|"
                   r"повре[жд]|зруйн|разруш|влуч|попада|пожеж|пожар)")
_NEGATION = {"без", "немає", "нема", "нет", "не", "ні", "ни", "ніхто", "никто", "0"}  # "0 — постраждалих"
# a sentence that opens on the debris: "Уламки одного з них пошкодили дах" after "ППО збила чотири дрони"
# (or after a time: "Учора уламки шахеда впали на ферму ...", "В тот же день обломки беспилотника упали ...")
_DEBRIS_FIRST = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:(?:а\s+)?(?:учора|вчора|вчера|позавчора|позавчера|сьогодні|сегодня|"
                           r"уночі|вночі|ночью|зранку|утром|ввечері|вечером|того\s+ж\s+дня|в\s+тот\s+же\s+день|"
                           r"[ув]\s+(?:понеділок|вівторок|середу|четвер|п['ʼ’]ятницю|суботу|неділю|понедельник|вторник|"
                           r"среду|четверг|пятницу|субботу|воскресенье))\s+(?:(?:вранці|ввечері|уночі|утром|вечером|"
                           r"ночью)\s+)?(?=(?:уламк|обломк)\w*\s+(?:[\w'ʼ’-]+\s+){0,2}?(?:впал|упал|впав|упав)))?"
                           r"(?:уламк|обломк)\w*")
_DEBRIS = re.compile(r"(?:уламк|обломк)\w*")
# a hit told beside the debris: "дрон влучив у ..., а уламки іншого впали ..."
_STRUCK_TOO = re.compile(r"(?:влучи\w*|попал\w*|поціли\w*|вразил\w*|поразил\w*|атакува\w*|атаковал\w*)")


def _harmed(sentence: str) -> bool:
    """Does the sentence report harm that it does not deny ("Руйнувань і постраждалих немає", "без
    жертв", "люди не постраждали" deny it)? Debris of what was shot down is no harm by itself."""
    low = sentence.lower()
    debris = "уламк" in low or "обломк" in low
    for m in _HARM.finditer(low):
        if debris and m.group(1) in _DAMAGE_STEMS:
            continue  # "уламки пошкодили дах": damage by debris of what was shot down is no hit (unlike English)
        near = low[max(0, m.start() - 25):m.start()].split()[-2:] + low[m.end():m.end() + 40].split()[:4]
        if not _NEGATION & {w.strip(".,;:«»!?") for w in near}:
            return True
    return False


_DAMAGE_STEMS = frozenset(("пошкод", "повреж", "зруйн", "разруш", "пожеж", "пожар"))


# not events (as in English): repairs, anniversaries and memorials, evacuations, trials, unless someone
# was killed or hurt
_NOT_EVENT = re.compile(r"(ремонт|відремонт|відбудов|відновлю|відновил|восстанавл|восстановил|евакуац|эвакуац|"
                        # ("поруч із судом": next to a court, a place, no trial)
                        r"евакуюв|евакуйов|эвакуир|вирок|приговор|засуд|осуд|суд\b|(?<!поруч із )(?<!поряд із )"
                        r"(?<!рядом с )(?<!поруч з )судом|укритт|укрыти)")
_MEMORIAL = re.compile(r"(річниц|роковин|годовщин|вшанув|почтил|пам'ят|памят|меморіал|мемориал)")
_HURT = re.compile(r"(загин|загибл|погиб|поранен|ранен|травмов|постражд|пострада|розстріл|расстрел|вбив|убив|вбит|"
                   r"убит)")


# harm told of a past season or year, right beside its verb ("загинув минулої осені", "пострадал в прошлом году")
_PAST_SEASON = re.compile(r"(?:загин|загибл|погиб|поранен|ранен|пошкод|повреж|зруйн|разруш|обстріл|обстрел)\w*\s+"
                          r"(?:\w+\s+){0,3}?(?:минул(?:ої|ого)\s+(?:осені|зими|весни|літа|року)|торік|"
                          r"прошл(?:ой|ым|ого)\s+(?:осенью|зимой|весной|летом|года)|в\s+прошлом\s+году)")
# a sentence told of years ago ("Рік тому наші увійшли в Балаклію", "Два года назад обстреляли ..."): no news
_YEARS_AGO = re.compile(r"^\W*(?:(?:рівно|ровно|майже|почти)\s+)?(?:рік|два\s+роки|три\s+роки|год|два\s+года|"
                        r"три\s+года)\s+(?:тому|назад)\b")
# shelling told as constant, daily or regular ("через постійні обстріли", "из-за ежедневных обстрелов")
_HABITUAL = re.compile(r"(?:постійн|постоянн|регулярн|щоденн|ежедневн|систематичн|безперервн|непрерывн|нескінченн|"
                       # ("Відколи місто частіше атакують": more often than before)
                       r"бесконечн|частіше|чаще)\w*\s+(?:\w+\s+)?(?:обстріл|обстрел|атак|удар|прил[ёе]т|прильот)")
# an air-raid alert or a threat, with nothing hit: not an event
_ALERT = re.compile(r"(повітрян\w* тривог\w*|воздушн\w* тревог\w*|загроз\w*|угроз\w*|"
                    # "объявляют опасность атаки БПЛА", "ракетная опасность", "ракетна небезпека"
                    r"опасност\w*|небезпек\w*)")
# the attack itself (the damage and the casualties are _HARM's)
_STRUCK = re.compile(r"(атакува\w*|атаков\w*|обстріл\w*|обстрел\w*|обстріля\w*|обстреля\w*|\bудар(?!н)\w*|"
                     r"\bвдари\w*|вибух\w*|взрыв\w*)")


_FRESH = re.compile(r"\b(?:вчора|учора|вчера|сьогодні|сегодня|вночі|ночью|(?:у|в) ніч на|в ночь на|цієї ночі|"
                    r"этой ночью|минулої ночі|прошлой ночью)\b")
_HEARD = re.compile(r"(?:вибух\w*|взрыв\w*)\s+(?:\S+\s+){0,2}?(?:чули|чути|лунали|було чутно|слышали|было слышно|"
                    r"слышны)|(?:чули|чути|лунали|слышали|слышно|"
                    # "у Луцьку пролунало кілька вибухів", "в Ровно прогремели взрывы": explosions rang out
                    r"пролуна\w*|прогримі\w*|прогрем\w*|раздал\w*)\s+(?:\S+\s+){0,2}?(?:вибух\w*|взрыв\w*)")
_REPAIR_SITE = re.compile(r"(?:где|де|в котор\w+|в як\w+)\s+(?:\w+\s+){0,2}?(?:ремонтува\w*|ремонтиров\w*)")
_STRUCK_BY = re.compile(r"(?:влучи\w*|попал\w*|атакува\w*|атакова\w*|вдари\w*|удари\w*)")


def _capture(sentence: str, low: str) -> re.Match[str] | None:
    """Where the sentence tells of ground taken ("звільнили Роботине"), else None."""
    if not any(stem in low for stem in _CAPTURE_STEMS):
        return None
    flag = None if "прапора" in low or "флага" in low else _FLAG.search(sentence)  # not "на День прапора"
    return _CAPTURE.search(sentence) or flag or _CAPTURED_AFTER.search(sentence)


# what did not happen: "тривога минула без прильотів", "обошлось без попаданий", "сталося через пошкодження
# кабелю, а не через обстріл"
_NO_HITS = re.compile(r"\bбез\s+(?:жодних\s+|никаких\s+)?(?:влучань|влучання|прильотів|прилетів|прилетов|попаданий|"
                      r"попадань|ударів|ударов)\b|"
                      r"\b(?:а\s+)?не\s+(?:через|від|внаслідок|из-за|от|в результате)\s+(?:обстріл\w*|обстрел\w*|"
                      r"удар\w*|атак\w*|вибух\w*|взрыв\w*)|"
                      # "туди не влучило", "в город не попало"
                      r"\bне\s+(?:влучи\w*|влучал\w*|попал[оаи]?|попадал\w*)\b|"
                      # "ни одного прилёта по Шебекино не было", "жодного влучання не було"
                      r"\b(?:ни одного|жодного)\s+(?:прил[её]та|прильоту|попадания|влучання|удара|удару)\b|"
                      # "влучань там не зафіксовано", "попаданий не зафиксировано"
                      # ("влучань, на щастя, не було")
                      # ("влучань у житловий сектор не було", "взрывов в городе и области не было")
                      r"\b(?:влучань|влучання|прильотів|попаданий|попадань|ударів|ударов|вибухів|взрывов)\s*"
                      r"(?:,[^,.;]{1,20},\s*)?"
                      r"(?:\w+\s+){0,4}?(?:не\s+(?:зафіксовано|було|зафиксировано|было|выявлено)|немає|нет)\b|"
                      # "ні обстрілів, ні вибухів у місті не було"
                      r"\b(?:ні|ни)\s+(?:обстріл\w*|обстрел\w*|вибух\w*|взрыв\w*|ударів|ударов|прильот\w*|прил[её]т\w*)"
                      r"(?:\s*,\s*(?:ні|ни)\s+\w+)*\s+(?:[^\s.;]+\s+){0,5}?не\s+(?:було|было)\b|"
                      # "спричинила ожеледь, а не обстріл"
                      r"\bа\s+не\s+(?:обстріл\w*|обстрел\w*|удар\w*|атак\w*)")


_NO_AFTERMATH = re.compile(r"\bбез\s+(?:жодних\s+|никаких\s+)?(?:наслідків|последствий)\b|"
                           # "обломки упали на пустырь, повреждений нет"
                           r"\b(?:повреждений|разрушений|пошкоджень|руйнувань)\s+(?:нет|немає|не\s+(?:выявлено|"
                           r"зафиксировано|зафіксовано|виявлено))\b")


_SINCE_LIBERATION = re.compile(r"\b(?:після|после|з часу|с момента|від часу|со времени)\s+(?:звільнення|освобождения|"
                               r"деокупації|деоккупации)(?:\s+[А-ЯІЇЄҐ][\w'’-]*){0,2}", re.I)


# hearsay the writer says nothing official confirms: "Кажуть, що вчора знову прилетіло в Грем'яч, але офіційно про
# це нічого не повідомляли", "Говорят, что вчера опять прилетело в Строитель, но официально ничего не сообщали"
_UNCONFIRMED = re.compile(r"^\W*(?:кажуть|говорять|говорят|ходять чутки|ходят слухи|пишуть|пишут)\b[^.!?]*?"
                          r"\b(?:але|проте|однак|но|однако)\s+(?:\w+\s+){0,2}?(?:офіційн|официальн)\w*\s+"
                          r"(?:\w+\s+){0,3}?(?:нічого|ничего|не\b|ні\b|ни\b)")
# (or an attack the sentence says no one confirmed: "..., але громада цього не підтвердила", "писала про вибух за
# селом, проте жодних офіційних новин не було")
_NOT_CONFIRMED = re.compile(r"(?<!\w)(?:але|проте|однак|однако|но)\s+(?:[^.!?]*?\s)?(?:(?:ніхто|никто|ничего|нічого|"
                            r"не)\s+(?:не\s+)?(?:підтверд|подтверд)\w*|жодних\s+офіційних|никаких\s+официальных)")


# (or one the news kept quiet about: "щось вибухнуло, але ні поліція, ні ОВА про це нічого не писали", "что-то
# взрывалось возле элеватора, но в новостях об этом молчали")
_NOT_REPORTED = re.compile(r"(?<!\w)(?:але|проте|однак|однако|но)\s+(?:[^.!?]*?\s)?(?:(?:нічого|ничего)\s+не\s+"
                           r"(?:писал|писа|повідомля|сообща|казал|говорил)\w*|(?:мовчал|мовчат|мовчить|молчал|молчат|"
                           r"молчит)\w*)")


def is_violent(sentence: str) -> bool:
    """Does a Ukrainian or Russian sentence report an attack, a fight, ground taken or casualties (and not a
    repair, an anniversary, an evacuation, a trial or an air-raid alert with no one hurt)?"""
    low = sentence.lower()
    if ("офіційн" in low or "официальн" in low) and _UNCONFIRMED.search(low):
        return False
    if ("підтверд" in low or "подтверд" in low or "офіційн" in low or "официальн" in low) \
            and _NOT_CONFIRMED.search(low):
        return False
    if ("писал" in low or "мовч" in low or "молч" in low or "повідом" in low or "сообщ" in low) \
            and _NOT_REPORTED.search(low):
        return False
    if ("звільнен" in low or "освобожден" in low or "деокупац" in low or "деоккупац" in low) \
            and (since := _SINCE_LIBERATION.search(sentence)) is not None:
        # "Після звільнення Херсонщини телефон не замовкає": a liberation told as the time since, not as news
        return is_violent(sentence[:since.start()] + " " + sentence[since.end():])
    if "без" in low or "не " in low or "немає" in low or "нет" in low:  # "обійшлося без влучань": no attack told
        low = _NO_HITS.sub(" ", low)
    if ("через" in low or "из-за" in low or "після" in low or "после" in low or "от " in low or "від " in low) \
            and _BECAUSE_OF_ATTACKS.search(low):
        # "Через часті атаки дронів на Чугуївщину ферма возить менше молока", "Из-за обстрелов доставку в Молочанск не
        # делаю": attacks as the standing cause of a business's troubles, no attack of its own
        low = _BECAUSE_OF_ATTACKS.sub(" ", low)
    if (_ATTACK.search(low) is None and _capture(sentence, low) is None) or _MEMORIAL.search(low):
        return False
    if ("уламк" in low or "обломк" in low or "упав" in low or "впав" in low or "упал" in low) \
            and _NO_AFTERMATH.search(low) and not _harmed(low) \
            and not _HURT.search(low):
        return False  # "Уламки ще одного дрона впали в полі біля Долинського — без наслідків": nothing hit
    if ("чу" in low or "луна" in low or "слыш" in low or "грем" in low or "грим" in low or "раздал" in low) \
            and _HEARD.search(low) \
            and _ATTACK.search(_HEARD.sub(" ", low)) is None and _capture(sentence, low) is None:
        return False  # "вибухи чули й в Очакові": explosions heard, no attack told
    if _ALERT.search(low) and not (_STRUCK.search(low) or _HARM.search(low) or _HURT.search(low)):
        return False
    if (_PAST_SEASON.search(low) or _YEARS_AGO.search(low)) and not _FRESH.search(low):
        return False  # "Петра Семеновича, що загинув минулої осені": harm of a past season or year
    if _HABITUAL.search(low) and not _HURT.search(low) and not _FRESH.search(low):
        return False  # "кур'єр туди не їздить через постійні обстріли": a state of affairs, no one day's attack
    # "в ніч на четвер «шахед» влучив у дитсадок ...; ремонт завершимо до понеділка": a fresh attack told with the
    # repair it needs is news
    if "ремонт" in low:  # "поразили цеха, где ремонтировали бронетехнику": a repair works as the target, no repair
        low = _REPAIR_SITE.sub(" ", low)
    return not (_NOT_EVENT.search(low) and not _HURT.search(low)
                and not (_FRESH.search(low) and _STRUCK_BY.search(low)))


_SENTENCE_CUT = re.compile(r"(?<=[.!?])\s+|\n+")


def _debris_of_shot_down(low: str) -> bool:
    """Does every sentence of ``low`` that tells an attack tell the debris of a weapon shot down, and no hit besides
    ("над Белгородом сбили несколько ракет, обломки упали во двор")?"""
    told = [s for s in _SENTENCE_CUT.split(low) if _ATTACK.search(s) or _SHOTDOWN.search(s)]
    return bool(told) and all(_SHOTDOWN.search(s) and _DEBRIS.search(s) and not _STRUCK_TOO.search(s) for s in told)


def classify(sentence: str, country: str, hurt: bool = False) -> dict:
    """ACLED event type, sub-type, actors and civilian targeting of a sentence about a place in ``country``
    (``hurt``: the report says someone was killed or hurt, so what was shot down still struck)."""
    low = sentence.lower()
    ukr = _UKR.search(low) is not None
    rus = _RUS.search(low) is not None
    if ukr and not rus:
        attacker = UKRAINE
    elif rus and not ukr:
        attacker = RUSSIA
    else:
        attacker = UKRAINE if country == "RU" else RUSSIA
    other = RUSSIA if attacker == UKRAINE else UKRAINE
    victims = "Civilians (Russia)" if country == "RU" else "Civilians (Ukraine)"
    capture = _capture(sentence, low)
    if capture:
        if capture.re is _FLAG:  # whose flag: "під українським прапором", "подняли российский флаг", "наш прапор"
            flag = capture.group().lower()
            taker = UKRAINE if "україн" in flag or flag.startswith(("вибил", "повністю")) else \
                RUSSIA if "росі" in flag or "росси" in flag or flag.startswith(("выбил", "полностью")) else \
                (UKRAINE if _UK_LETTERS.search(low) else RUSSIA) if "наш" in flag else attacker
            return territory_taken(taker, country)
        if capture.group("free") and not (ukr or rus):
            # "liberating" is said by the side that takes the place: Kyiv's in Ukrainian, Moscow's in Russian
            return territory_taken(UKRAINE if _UK_LETTERS.search(low) else RUSSIA, country)
        return territory_taken(attacker, country)
    if _CLASH.search(low) or _REPEL.search(low):
        return {"event_type": BATTLES, "sub_event_type": "Armed clash", "actor1": attacker, "actor2": other,
                "civilian_targeting": ""}
    weapons = _AIR.search(low) or _SHELL.search(low) or _IED.search(low)
    if _VAC.search(low) and not weapons:
        return {"event_type": VAC, "sub_event_type": "Attack", "actor1": attacker, "actor2": victims,
                "civilian_targeting": "Civilian targeting"}
    if ((_SHOTDOWN.search(low) or _DEBRIS_FIRST.search(low)) and not hurt and not _harmed(low)) \
            or _debris_of_shot_down(low):
        # (what the debris of a weapon shot down did, whoever it hurt: "над Белгородом сбили несколько ракет,
        # обломки упали во двор ... соседку увезли с порезами", unless the sentence tells a hit besides)
        return {"event_type": STRATEGIC, "sub_event_type": "Disrupted weapons use",
                "actor1": UKRAINE if country == "UA" else RUSSIA, "actor2": "", "civilian_targeting": ""}
    sub = _weapon(low) or "Shelling/artillery/missile attack"
    civilians = _CIVILIAN.search(low) is not None
    return {"event_type": EXPLOSIONS, "sub_event_type": sub, "actor1": attacker,
            "actor2": victims if civilians else "", "civilian_targeting": "Civilian targeting" if civilians else ""}


def names_weapon(sentence: str) -> bool:
    """Does the sentence say how the attack was made (drones, bombs, artillery, missiles)?"""
    return _weapon(sentence.lower()) is not None


def tells_attack(sentence: str) -> bool:
    """Does the sentence tell an attack itself (a weapon, a strike, a hit, a fight), not only its harm or aftermath
    ("Поранено сторожа й водія, учора сторож помер у лікарні")?"""
    low = sentence.lower()
    return names_weapon(sentence) or _STRUCK.search(low) is not None or _STRUCK_BY.search(low) is not None \
        or _CLASH.search(low) is not None


_SHELLING = re.compile(r"(обстріл|обстрел)")
# a mine that flew in and hit or burst: a mortar round ("міна влучила у двір", "мины легли у пекарни")
_MORTAR_ROUND = re.compile(r"\b(?:міна|міни|мина|мины)\s+(?:\w+\s+)?(?:влучил|попал|прилеті|прилете|лягл|легл|"
                           r"розірвал|разорвал)\w*")
# something that flew in ("по Святогірську прилетіло двічі"): a projectile, whatever weapon an earlier sentence named
ARRIVAL = re.compile(r"(?:прилет|прильот|прилит)\w*")


def weapon_sub_type(sentence: str) -> str | None:
    """The sub-type the weapons of a sentence say ("Air/drone strike" or shelling), None if it names none."""
    return _weapon(sentence.lower())


def own_weapon_sub_type(sentence: str) -> str | None:
    """The sub-type of a weapon the sentence names itself (a drone, artillery, a mine), not the word for any attack
    ("обстріл", which Ukrainian writers use for drones too)."""
    return _named_weapon(sentence.lower())


def _weapon(low: str) -> str | None:
    """:func:`weapon_sub_type` of a lower-cased sentence: a weapon it names, else shelling when it says "обстріл"."""
    return _named_weapon(low) or ("Shelling/artillery/missile attack" if _SHELLING.search(low) else None)


def _named_weapon(low: str) -> str | None:
    """:func:`own_weapon_sub_type` of a lower-cased sentence."""
    if "гелікоптер" in low or "вертол" in low:  # "гелікоптер випустив некеровані ракети": fired from the air
        return "Air/drone strike"
    if _SHELL.search(low) or (("мін" in low or "мин" in low) and _MORTAR_ROUND.search(low)):
        # ("міна влучила у двір": a mortar round that hit, not a landmine)
        return "Shelling/artillery/missile attack"
    if _AIR.search(low):
        return "Air/drone strike"
    if _IED.search(low):
        return "Remote explosive/landmine/IED"
    return None
