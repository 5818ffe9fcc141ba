from lib import *
import math, sys
FOLDS=[(2014,2015,2016),(2016,2017,2018),(2018,2019,2020)]
def run(name, make_pred, folds=FOLDS, test=False):
    res=[]
    for last,a,b in folds:
        tr=(season<=last); va=scored&(season>=a)&(season<=b)
        p=make_pred(tr, va)
        res.append(metrics(p,y[va]))
    r=np.array(res)
    print(f'{name:40s} '+'  '.join(f'{x[0]:.4f}/{x[1]:.4f}/{x[2]:.4f}' for x in r)+f'  | mean ECE {r[:,2].mean():.4f} Brier {r[:,0].mean():.4f}',flush=True)
    return r
def runp(name, make_pred, folds=FOLDS):
    ps=[];ys=[];res=[]
    for last,a,b in folds:
        tr=(season<=last); va=scored&(season>=a)&(season<=b)
        p=make_pred(tr, va); ps.append(p); ys.append(y[va]); res.append(metrics(p,y[va]))
    r=np.array(res); P=np.concatenate(ps); Y=np.concatenate(ys); pm=metrics(P,Y)
    print(f'{name:42s} '+' '.join(f'{x[0]:.4f}/{x[2]:.4f}' for x in r)+f' | pooled Brier {pm[0]:.4f} LL {pm[1]:.4f} ECE {pm[2]:.4f} | mean fold ECE {r[:,2].mean():.4f}',flush=True)
    return P,Y
