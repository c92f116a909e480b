/**
 * Common given names across the languages Dossier's users read. Only a signal: it lets a grid of
 * look-alike cards ("Animal Welfare", "Economic Empowerment") be told from a grid of people, where most
 * first names are familiar; a person whose name is not here is still found by a title under the name.
 */
const names = `
aaron abby abdul abigail abraham ada adam adel adele adrian adriana adrienne agata agnes agnieszka ahmed aidan aiden
aisha akira alan alana albert alberto alejandro aleksander aleksandra alex alexa alexander alexandra alexandre alexis
alfred alfredo ali alice alicia alina alison allan allison alma amanda amber amelia amir amit amy ana anastasia anders
andre andrea andreas andrei andrew andrzej andy angel angela angelika angelo anika anil anita ann anna anne annette
annika anthony antoine anton antonio anu april arash archie ariana ariel arjun armin arnaud arne arthur arun asha
ashley ashok audrey august aurora austin ava axel ayesha barbara barry bart bartosz bas beata beatrice beatriz becky
ben benedikt benjamin bernard bernd bernhard beth bethany betty beverly bill billy birgit bjorn blake bob bobby bogdan
brad bradley brandon brenda brendan brett brian bridget britta brooke bruce bruno bryan caitlin caleb cameron camila
camille candice cara carina carl carla carlos carmen carol caroline carolyn carsten casey catherine cathy cecilia
celine chad chandra charles charlie charlotte chen cheng cheryl chloe chris christa christian christina christine
christoph christophe christopher chuck cindy claire clara clare claudia claudio clemens cody colin colleen conan connor
conor constance corey cornelia courtney craig cristina curtis cynthia dagmar daisy dale dan dana daniel daniela
danielle danny daria dariusz darren dave david dawid dawn dean deborah debra deepak denis denise dennis derek diana
diane diego dieter dimitri dina dirk dominic dominik dominika don dona donald donna doris dorota douglas drew duncan
dustin dylan ed eddie edgar edith eduardo edward edwin egon eileen elaine eleanor elena eli elias elif elisa elisabeth
eliza elizabeth ella ellen elliot elon elsa emil emilia emily emma emmanuel enrique eric erica erik erika erin ernst
esther ethan eugene eva evan eve evelyn ewa fabian fabio farah fatima felix fernando filip fiona florian frances
francesca francesco francis francisco frank franz fred frederick frida friedrich gabriel gabriela gabriele gail gareth
gary gavin gemma georg george georgia gerald gerhard gina giorgio giovanni gisela giulia glen glenn gloria gordon grace
grady graham grant greg gregor gregory greta guido guillaume gunter gustavo hailey hana hanna hannah hans harald harold
harry harvey hassan hayley heather hector heidi heike heinz helen helena helga hendrik henning henri henrik henry herbert
holger holly howard hugo hui ian ida igor ilona ines ingrid irene iris isaac isabel isabella isabelle ivan jack jackie
jackson jacob jacqueline jade jakob jakub james jamie jan jana jane janet janine janusz jared jarosław jason javier
jay jayden jean jeff jeffrey jen jennifer jenny jens jeremy jerome jerry jess jessica jesus jill jim jimmy jo joan
joana joanna joao jochen jodi joe joel johan johann johanna johannes john johnny jon jonas jonathan jordan jorge jose
josef joseph josh joshua joy joyce juan judith judy jules julia julian julie juliette jun justin justyna kai kamil
kara karen karin karina karl karolina kasia kate katharina katherine kathleen kathryn kathy katie katrin katarzyna
kay kayla keith kelly ken kenneth kevin kim kimberly kira kirk kirsten klaus konrad krishna kristen kristin krzysztof
kurt kyle lana lara larry laura lauren laurence leah lee leila lena leo leon leonard leonie leslie lewis li liam lily
lin linda lisa liu liz lloyd logan lorenzo lori lorraine louis louise luca lucas lucia lucy luis luisa lukas łukasz
luke lynn maciej madeleine madison magdalena maggie malcolm małgorzata manfred manuel marc marcel marcin marco marcus
margaret margarita maria mariana marie marina mario marion marius mark marko markus marta martha martin martina marvin
mary mason mateusz mathias matt matthew matthias maureen max maxim maximilian maya megan mehmet mei melanie melissa
meredith mia micah michael michaela michal michał michel michele michelle miguel mike mikołaj milan miriam mitchell
mohamed mohammad mohammed molly monica monika morgan muhammad nadia nancy naomi natalia natalie nathan nathaniel neil
nelson nicholas nick nicola nicolas nicole niels nikita nikolai nina noah noel noor nora norbert norman oliver olivia
omar oscar otto owen pablo paolo pascal patricia patrick patryk paul paula paulina pawel paweł pedro peggy peter petra
phil philip philipp philippe phillip phoebe pierre pietro piotr pooja priya rachel rafael rafał rahul raj rajesh ralf
ralph ramanan ramon randy raphael raquel raul ray raymond rebecca regina reinhard rena renata renate rene renu ricardo
richard rick rita rob robert roberta roberto robin rod roger roland roman ronald rosa rose ross ruby rudolf russell
ruth ryan sabine sabrina sahil sally sam samantha sameer samuel sandra sandro sanjay sara sarah sascha saul scott sean
sebastian sergei sergio seth shane shannon sharon shawn sheila shirley sidney silke simon simone sofia sophia sophie
stacy stan stanley stefan stefanie stella stephan stephanie stephen steve steven stuart sunil susan susanne suzanne
sven sylvia szymon tamara tanja tanya tara tas ted teresa terry thiago thomas tiago tim timothy tina tobias todd tom
tomas tomasz tomás toni tony tracy travis trevor troy tyler ulrich ursula uwe valentina valerie vanessa vera veronica
victor victoria vijay vikram vincent virginia vivian walter wang wanda warren wayne wei wendy werner wiktoria will
william wojciech wolfgang xavier yan yang yasmin yuki yusuf yves zach zachary zbigniew zhang zoe zofia zoë
`;

const givenNames = new Set(names.split(/\s+/).filter(Boolean));

/** Whether the first word of a name is a common given name. */
export function hasKnownGivenName(name: string): boolean {
  const first = name.split(/\s+/)[0]?.toLowerCase().replace(/[.’']/g, '') ?? '';
  return givenNames.has(first) || givenNames.has(first.normalize('NFKD').replace(/\p{M}/gu, ''));
}
