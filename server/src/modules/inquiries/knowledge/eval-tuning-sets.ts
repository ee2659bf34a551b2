// The tuning sets by writers who never saw the bot, in the order they were written (set 1 is eval-tuning-independent.ts).
import { independentTuningSet } from './eval-tuning-independent';
import { independentTuningSet2 } from './eval-tuning-independent-2';
import { independentTuningSet3 } from './eval-tuning-independent-3';
import { independentTuningSet4 } from './eval-tuning-independent-4';
import { independentTuningSet5 } from './eval-tuning-independent-5';
import { independentTuningSet6 } from './eval-tuning-independent-6';
import { independentTuningSet7 } from './eval-tuning-independent-7';
import { independentTuningSet8 } from './eval-tuning-independent-8';
import { independentTuningSet9 } from './eval-tuning-independent-9';
import { independentTuningSet10 } from './eval-tuning-independent-10';
import { independentTuningSet11 } from './eval-tuning-independent-11';
import { independentTuningSet12 } from './eval-tuning-independent-12';
import { independentTuningSet13 } from './eval-tuning-independent-13';
import { independentTuningSet14 } from './eval-tuning-independent-14';
import { independentTuningSet15 } from './eval-tuning-independent-15';
import { independentTuningSet16 } from './eval-tuning-independent-16';
import { independentTuningSet17 } from './eval-tuning-independent-17';
import { independentTuningSet18 } from './eval-tuning-independent-18';
import { independentTuningSet19 } from './eval-tuning-independent-19';
import { independentTuningSet20 } from './eval-tuning-independent-20';
import { independentTuningSet21 } from './eval-tuning-independent-21';
import { independentTuningSet22 } from './eval-tuning-independent-22';
import { independentTuningSet23 } from './eval-tuning-independent-23';
import { independentTuningSet24 } from './eval-tuning-independent-24';
import { independentTuningSet25 } from './eval-tuning-independent-25';
import { independentTuningSet26 } from './eval-tuning-independent-26';
import { independentTuningSet27 } from './eval-tuning-independent-27';
import { independentTuningSet28 } from './eval-tuning-independent-28';
import { independentTuningSet29 } from './eval-tuning-independent-29';
import { independentTuningSet30 } from './eval-tuning-independent-30';
import { independentTuningSet31 } from './eval-tuning-independent-31';
import { independentTuningSet32 } from './eval-tuning-independent-32';
import { independentTuningSet33 } from './eval-tuning-independent-33';
import { independentTuningSet34 } from './eval-tuning-independent-34';
import { independentTuningSet35 } from './eval-tuning-independent-35';
import { independentTuningSet36 } from './eval-tuning-independent-36';
import { independentTuningSet37 } from './eval-tuning-independent-37';
import { independentTuningSet38 } from './eval-tuning-independent-38';
import { independentTuningSet39 } from './eval-tuning-independent-39';
import { independentTuningSet40 } from './eval-tuning-independent-40';
import { independentTuningSet41 } from './eval-tuning-independent-41';
import { independentTuningSet42 } from './eval-tuning-independent-42';
import { independentTuningSet43 } from './eval-tuning-independent-43';
import { independentTuningSet44 } from './eval-tuning-independent-44';
import { independentTuningSet45 } from './eval-tuning-independent-45';
import { independentTuningSet46 } from './eval-tuning-independent-46';
import { independentTuningSet47 } from './eval-tuning-independent-47';
import { independentTuningSet48 } from './eval-tuning-independent-48';
import { independentTuningSet49 } from './eval-tuning-independent-49';
import { independentTuningSet50 } from './eval-tuning-independent-50';
import { independentTuningSet51 } from './eval-tuning-independent-51';
import { independentTuningSet52 } from './eval-tuning-independent-52';
import { independentTuningSet53 } from './eval-tuning-independent-53';
import { independentTuningSet54 } from './eval-tuning-independent-54';
import { independentTuningSet55 } from './eval-tuning-independent-55';
import { independentTuningSet56 } from './eval-tuning-independent-56';
import { independentTuningSet57 } from './eval-tuning-independent-57';
import { independentTuningSet58 } from './eval-tuning-independent-58';
import { independentTuningSet59 } from './eval-tuning-independent-59';
import { independentTuningSet60 } from './eval-tuning-independent-60';
import { independentTuningSet61 } from './eval-tuning-independent-61';
import { independentTuningSet62 } from './eval-tuning-independent-62';
import { independentTuningSet63 } from './eval-tuning-independent-63';
import { independentTuningSet64 } from './eval-tuning-independent-64';
import { independentTuningSet65 } from './eval-tuning-independent-65';
import { independentTuningSet66 } from './eval-tuning-independent-66';
import { independentTuningSet67 } from './eval-tuning-independent-67';
import { independentTuningSet68 } from './eval-tuning-independent-68';
import { independentTuningSet69 } from './eval-tuning-independent-69';
import { independentTuningSet70 } from './eval-tuning-independent-70';
import { independentTuningSet71 } from './eval-tuning-independent-71';
import { independentTuningSet72 } from './eval-tuning-independent-72';
import { independentTuningSet73 } from './eval-tuning-independent-73';
import { independentTuningSet74 } from './eval-tuning-independent-74';
import { independentTuningSet75 } from './eval-tuning-independent-75';
import { independentTuningSet76 } from './eval-tuning-independent-76';
import { independentTuningSet77 } from './eval-tuning-independent-77';
import { independentTuningSet78 } from './eval-tuning-independent-78';
import { independentTuningSet79 } from './eval-tuning-independent-79';
import { independentTuningSet80 } from './eval-tuning-independent-80';
import { independentTuningSet81 } from './eval-tuning-independent-81';
import { independentTuningSet82 } from './eval-tuning-independent-82';
import { independentTuningSet83 } from './eval-tuning-independent-83';
import { independentTuningSet84 } from './eval-tuning-independent-84';
import { independentTuningSet85 } from './eval-tuning-independent-85';
import { independentTuningSet86 } from './eval-tuning-independent-86';
import { independentTuningSet87 } from './eval-tuning-independent-87';
import { independentTuningSet88 } from './eval-tuning-independent-88';
import { independentTuningSet89 } from './eval-tuning-independent-89';
import { independentTuningSet90 } from './eval-tuning-independent-90';
import { independentTuningSet91 } from './eval-tuning-independent-91';
import { independentTuningSet92 } from './eval-tuning-independent-92';
import { independentTuningSet93 } from './eval-tuning-independent-93';
import { independentTuningSet94 } from './eval-tuning-independent-94';
import { independentTuningSet95 } from './eval-tuning-independent-95';
import { independentTuningSet96 } from './eval-tuning-independent-96';
import { independentTuningSet97 } from './eval-tuning-independent-97';
import { independentTuningSet98 } from './eval-tuning-independent-98';
import { independentTuningSet99 } from './eval-tuning-independent-99';
import { independentTuningSet100 } from './eval-tuning-independent-100';
import { independentTuningSet101 } from './eval-tuning-independent-101';
import { independentTuningSet102 } from './eval-tuning-independent-102';
import { independentTuningSet103 } from './eval-tuning-independent-103';
import { independentTuningSet104 } from './eval-tuning-independent-104';
import { independentTuningSet105 } from './eval-tuning-independent-105';
import { independentTuningSet106 } from './eval-tuning-independent-106';
import { independentTuningSet107 } from './eval-tuning-independent-107';
import { independentTuningSet108 } from './eval-tuning-independent-108';
import { independentTuningSet109 } from './eval-tuning-independent-109';
import { independentTuningSet110 } from './eval-tuning-independent-110';
import { independentTuningSet111 } from './eval-tuning-independent-111';
import { independentTuningSet112 } from './eval-tuning-independent-112';
import { independentTuningSet113 } from './eval-tuning-independent-113';
import { independentTuningSet114 } from './eval-tuning-independent-114';
import { independentTuningSet115 } from './eval-tuning-independent-115';
import { independentTuningSet116 } from './eval-tuning-independent-116';
import { independentTuningSet117 } from './eval-tuning-independent-117';
import { independentTuningSet118 } from './eval-tuning-independent-118';
import { independentTuningSet119 } from './eval-tuning-independent-119';
import { independentTuningSet120 } from './eval-tuning-independent-120';
import { independentTuningSet121 } from './eval-tuning-independent-121';
import { independentTuningSet122 } from './eval-tuning-independent-122';
import { independentTuningSet123 } from './eval-tuning-independent-123';
import { independentTuningSet124 } from './eval-tuning-independent-124';
import { independentTuningSet125 } from './eval-tuning-independent-125';
import { independentTuningSet126 } from './eval-tuning-independent-126';
import { independentTuningSet127 } from './eval-tuning-independent-127';
import { independentTuningSet128 } from './eval-tuning-independent-128';
import { independentTuningSet129 } from './eval-tuning-independent-129';
import { independentTuningSet130 } from './eval-tuning-independent-130';
import { independentTuningSet131 } from './eval-tuning-independent-131';
import { independentTuningSet132 } from './eval-tuning-independent-132';
import { independentTuningSet133 } from './eval-tuning-independent-133';
import { independentTuningSet134 } from './eval-tuning-independent-134';
import { independentTuningSet135 } from './eval-tuning-independent-135';
import { independentTuningSet136 } from './eval-tuning-independent-136';
import { independentTuningSet137 } from './eval-tuning-independent-137';
import { independentTuningSet138 } from './eval-tuning-independent-138';
import { independentTuningSet139 } from './eval-tuning-independent-139';
import { independentTuningSet140 } from './eval-tuning-independent-140';
import { independentTuningSet141 } from './eval-tuning-independent-141';
import { independentTuningSet142 } from './eval-tuning-independent-142';
import { independentTuningSet143 } from './eval-tuning-independent-143';
import { independentTuningSet144 } from './eval-tuning-independent-144';
import { independentTuningSet145 } from './eval-tuning-independent-145';
import { independentTuningSet146 } from './eval-tuning-independent-146';
import { independentTuningSet147 } from './eval-tuning-independent-147';
import { independentTuningSet148 } from './eval-tuning-independent-148';
import { independentTuningSet149 } from './eval-tuning-independent-149';
import { independentTuningSet150 } from './eval-tuning-independent-150';
import { independentTuningSet151 } from './eval-tuning-independent-151';
import { independentTuningSet152 } from './eval-tuning-independent-152';
import { independentTuningSet153 } from './eval-tuning-independent-153';
import { independentTuningSet154 } from './eval-tuning-independent-154';
import { independentTuningSet155 } from './eval-tuning-independent-155';
import { independentTuningSet156 } from './eval-tuning-independent-156';
import { independentTuningSet157 } from './eval-tuning-independent-157';
import { independentTuningSet158 } from './eval-tuning-independent-158';
import { independentTuningSet159 } from './eval-tuning-independent-159';
import { independentTuningSet160 } from './eval-tuning-independent-160';
import { independentTuningSet161 } from './eval-tuning-independent-161';
import { independentTuningSet162 } from './eval-tuning-independent-162';
import { independentTuningSet163 } from './eval-tuning-independent-163';
import { independentTuningSet164 } from './eval-tuning-independent-164';
import { independentTuningSet165 } from './eval-tuning-independent-165';
import { independentTuningSet166 } from './eval-tuning-independent-166';
import { independentTuningSet167 } from './eval-tuning-independent-167';
import { independentTuningSet168 } from './eval-tuning-independent-168';
import { independentTuningSet169 } from './eval-tuning-independent-169';
import { independentTuningSet170 } from './eval-tuning-independent-170';
import { independentTuningSet171 } from './eval-tuning-independent-171';
import { independentTuningSet172 } from './eval-tuning-independent-172';
import { independentTuningSet173 } from './eval-tuning-independent-173';
import { independentTuningSet174 } from './eval-tuning-independent-174';
import { independentTuningSet175 } from './eval-tuning-independent-175';
import { independentTuningSet176 } from './eval-tuning-independent-176';
import { independentTuningSet177 } from './eval-tuning-independent-177';
import { independentTuningSet178 } from './eval-tuning-independent-178';
import { independentTuningSet179 } from './eval-tuning-independent-179';
import { independentTuningSet180 } from './eval-tuning-independent-180';
import { independentTuningSet181 } from './eval-tuning-independent-181';
import { independentTuningSet182 } from './eval-tuning-independent-182';
import { independentTuningSet183 } from './eval-tuning-independent-183';
import { independentTuningSet184 } from './eval-tuning-independent-184';
import { independentTuningSet185 } from './eval-tuning-independent-185';
import { independentTuningSet186 } from './eval-tuning-independent-186';
import { independentTuningSet187 } from './eval-tuning-independent-187';
import { independentTuningSet188 } from './eval-tuning-independent-188';
import { independentTuningSet189 } from './eval-tuning-independent-189';
import { independentTuningSet190 } from './eval-tuning-independent-190';
import { independentTuningSet191 } from './eval-tuning-independent-191';
import { independentTuningSet192 } from './eval-tuning-independent-192';
import { independentTuningSet193 } from './eval-tuning-independent-193';
import { independentTuningSet194 } from './eval-tuning-independent-194';
import { independentTuningSet195 } from './eval-tuning-independent-195';
import { independentTuningSet196 } from './eval-tuning-independent-196';
import { independentTuningSet197 } from './eval-tuning-independent-197';
import { independentTuningSet198 } from './eval-tuning-independent-198';
import { independentTuningSet199 } from './eval-tuning-independent-199';
import { independentTuningSet200 } from './eval-tuning-independent-200';
import { independentTuningSet201 } from './eval-tuning-independent-201';
import { independentTuningSet202 } from './eval-tuning-independent-202';
import { independentTuningSet203 } from './eval-tuning-independent-203';
import { independentTuningSet204 } from './eval-tuning-independent-204';
import { independentTuningSet205 } from './eval-tuning-independent-205';
import { independentTuningSet206 } from './eval-tuning-independent-206';
import { independentTuningSet207 } from './eval-tuning-independent-207';
import { independentTuningSet208 } from './eval-tuning-independent-208';
import { independentTuningSet209 } from './eval-tuning-independent-209';
import { independentTuningSet210 } from './eval-tuning-independent-210';
import { independentTuningSet211 } from './eval-tuning-independent-211';
import { independentTuningSet212 } from './eval-tuning-independent-212';
import { independentTuningSet213 } from './eval-tuning-independent-213';
import { independentTuningSet214 } from './eval-tuning-independent-214';
import type { EvalCase } from './types';

export const independentSets: EvalCase[][] = [
  independentTuningSet,
  independentTuningSet2,
  independentTuningSet3,
  independentTuningSet4,
  independentTuningSet5,
  independentTuningSet6,
  independentTuningSet7,
  independentTuningSet8,
  independentTuningSet9,
  independentTuningSet10,
  independentTuningSet11,
  independentTuningSet12,
  independentTuningSet13,
  independentTuningSet14,
  independentTuningSet15,
  independentTuningSet16,
  independentTuningSet17,
  independentTuningSet18,
  independentTuningSet19,
  independentTuningSet20,
  independentTuningSet21,
  independentTuningSet22,
  independentTuningSet23,
  independentTuningSet24,
  independentTuningSet25,
  independentTuningSet26,
  independentTuningSet27,
  independentTuningSet28,
  independentTuningSet29,
  independentTuningSet30,
  independentTuningSet31,
  independentTuningSet32,
  independentTuningSet33,
  independentTuningSet34,
  independentTuningSet35,
  independentTuningSet36,
  independentTuningSet37,
  independentTuningSet38,
  independentTuningSet39,
  independentTuningSet40,
  independentTuningSet41,
  independentTuningSet42,
  independentTuningSet43,
  independentTuningSet44,
  independentTuningSet45,
  independentTuningSet46,
  independentTuningSet47,
  independentTuningSet48,
  independentTuningSet49,
  independentTuningSet50,
  independentTuningSet51,
  independentTuningSet52,
  independentTuningSet53,
  independentTuningSet54,
  independentTuningSet55,
  independentTuningSet56,
  independentTuningSet57,
  independentTuningSet58,
  independentTuningSet59,
  independentTuningSet60,
  independentTuningSet61,
  independentTuningSet62,
  independentTuningSet63,
  independentTuningSet64,
  independentTuningSet65,
  independentTuningSet66,
  independentTuningSet67,
  independentTuningSet68,
  independentTuningSet69,
  independentTuningSet70,
  independentTuningSet71,
  independentTuningSet72,
  independentTuningSet73,
  independentTuningSet74,
  independentTuningSet75,
  independentTuningSet76,
  independentTuningSet77,
  independentTuningSet78,
  independentTuningSet79,
  independentTuningSet80,
  independentTuningSet81,
  independentTuningSet82,
  independentTuningSet83,
  independentTuningSet84,
  independentTuningSet85,
  independentTuningSet86,
  independentTuningSet87,
  independentTuningSet88,
  independentTuningSet89,
  independentTuningSet90,
  independentTuningSet91,
  independentTuningSet92,
  independentTuningSet93,
  independentTuningSet94,
  independentTuningSet95,
  independentTuningSet96,
  independentTuningSet97,
  independentTuningSet98,
  independentTuningSet99,
  independentTuningSet100,
  independentTuningSet101,
  independentTuningSet102,
  independentTuningSet103,
  independentTuningSet104,
  independentTuningSet105,
  independentTuningSet106,
  independentTuningSet107,
  independentTuningSet108,
  independentTuningSet109,
  independentTuningSet110,
  independentTuningSet111,
  independentTuningSet112,
  independentTuningSet113,
  independentTuningSet114,
  independentTuningSet115,
  independentTuningSet116,
  independentTuningSet117,
  independentTuningSet118,
  independentTuningSet119,
  independentTuningSet120,
  independentTuningSet121,
  independentTuningSet122,
  independentTuningSet123,
  independentTuningSet124,
  independentTuningSet125,
  independentTuningSet126,
  independentTuningSet127,
  independentTuningSet128,
  independentTuningSet129,
  independentTuningSet130,
  independentTuningSet131,
  independentTuningSet132,
  independentTuningSet133,
  independentTuningSet134,
  independentTuningSet135,
  independentTuningSet136,
  independentTuningSet137,
  independentTuningSet138,
  independentTuningSet139,
  independentTuningSet140,
  independentTuningSet141,
  independentTuningSet142,
  independentTuningSet143,
  independentTuningSet144,
  independentTuningSet145,
  independentTuningSet146,
  independentTuningSet147,
  independentTuningSet148,
  independentTuningSet149,
  independentTuningSet150,
  independentTuningSet151,
  independentTuningSet152,
  independentTuningSet153,
  independentTuningSet154,
  independentTuningSet155,
  independentTuningSet156,
  independentTuningSet157,
  independentTuningSet158,
  independentTuningSet159,
  independentTuningSet160,
  independentTuningSet161,
  independentTuningSet162,
  independentTuningSet163,
  independentTuningSet164,
  independentTuningSet165,
  independentTuningSet166,
  independentTuningSet167,
  independentTuningSet168,
  independentTuningSet169,
  independentTuningSet170,
  independentTuningSet171,
  independentTuningSet172,
  independentTuningSet173,
  independentTuningSet174,
  independentTuningSet175,
  independentTuningSet176,
  independentTuningSet177,
  independentTuningSet178,
  independentTuningSet179,
  independentTuningSet180,
  independentTuningSet181,
  independentTuningSet182,
  independentTuningSet183,
  independentTuningSet184,
  independentTuningSet185,
  independentTuningSet186,
  independentTuningSet187,
  independentTuningSet188,
  independentTuningSet189,
  independentTuningSet190,
  independentTuningSet191,
  independentTuningSet192,
  independentTuningSet193,
  independentTuningSet194,
  independentTuningSet195,
  independentTuningSet196,
  independentTuningSet197,
  independentTuningSet198,
  independentTuningSet199,
  independentTuningSet200,
  independentTuningSet201,
  independentTuningSet202,
  independentTuningSet203,
  independentTuningSet204,
  independentTuningSet205,
  independentTuningSet206,
  independentTuningSet207,
  independentTuningSet208,
  independentTuningSet209,
  independentTuningSet210,
  independentTuningSet211,
  independentTuningSet212,
  independentTuningSet213,
  independentTuningSet214,
];
